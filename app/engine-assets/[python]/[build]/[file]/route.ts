import { readEngineAsset } from "@/app/_server/engine-assets";

type Params = { python: string; build: string; file: string };

export async function GET(_request: Request, { params }: { params: Promise<Params> }): Promise<Response> {
  const { python, build, file } = await params;
  const asset = await readEngineAsset(python, build, file);
  if (!asset) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(new Uint8Array(asset.body), {
    headers: {
      "Content-Type": asset.contentType,
      // The build hash in the URL changes whenever a file does: what is served here never changes.
      "Cache-Control": "public, max-age=31536000, immutable",
      "Cross-Origin-Resource-Policy": "same-origin",
    },
  });
}
