import { readEngineAsset } from "@/app/_server/engine-assets";

type Params = { python: string; file: string };

export async function GET(_request: Request, { params }: { params: Promise<Params> }): Promise<Response> {
  const { python, file } = await params;
  const asset = await readEngineAsset(python, file);
  if (!asset) return new Response(`No engine asset ${python}/${file}`, { status: 404 });
  return new Response(new Uint8Array(asset.body), {
    headers: {
      "Content-Type": asset.contentType,
      // Pinned package versions: a file under this URL never changes until the app is redeployed.
      "Cache-Control": "public, max-age=86400",
      "Cross-Origin-Resource-Policy": "same-origin",
    },
  });
}
