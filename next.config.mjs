import path from "node:path";
import createMDX from "@next/mdx";

// Plugins are named by module or path, not passed as functions: Turbopack hands the MDX loader its
// options as serialisable data.
const withMDX = createMDX({
  options: {
    remarkPlugins: ["remark-frontmatter", "remark-gfm", path.resolve("mdx/remark-heading-ids.mjs"), path.resolve("mdx/remark-runnable-code.mjs")],
    // Both themes are emitted as CSS variables (app/globals.css picks one by the page's theme). Their
    // comments stay above WCAG AA's 4.5:1: github-light's #6a737d on white is 4.7:1, and
    // github-dark-default's #8b949e on #0d1117 6.2:1 (github-dark's #6a737d on #24292e is only 3.0:1).
    rehypePlugins: [["rehype-pretty-code", { theme: { light: "github-light", dark: "github-dark-default" }, keepBackground: true }]],
  },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  pageExtensions: ["ts", "tsx", "md", "mdx"],
  poweredByHeader: false,
  // Request bodies: Next 16 reads a route handler's body only when the handler asks, so the limit that
  // refuses (413, before reading) is the routes' own guard (app/_server/http/request-guard.ts,
  // MAX_BODY_BYTES, the same 1 MiB). These two are Next's own caps, kept at that limit so that no
  // path buffers more: what a proxy (proxy.ts) may clone of a body, and a Server Action's body.
  experimental: {
    proxyClientMaxBodySize: "1mb",
    serverActions: { bodySizeLimit: "1mb" },
  },
  // Cross-origin isolation gives the page SharedArrayBuffer, through which the Stop button interrupts
  // Python in its Web Worker. Everything the app loads is same-origin, so require-corp costs nothing.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
          { key: "Cross-Origin-Embedder-Policy", value: "require-corp" },
        ],
      },
    ];
  },
};

export default withMDX(nextConfig);
