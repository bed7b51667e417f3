// lz-string is CommonJS: a default import works in the bundle and in Node (the bench, the tests) alike.
import LZString from "lz-string";
import type { PythonVersion } from "@/engine/protocol";

/**
 * Visualizer links in the TypeScript playground's format: the version in the query, the program
 * compressed with lz-string in the fragment (`/visualize?python=3.12#code/<compressed>`). The code
 * never reaches the server (browsers do not send the fragment), and a link opens the same program
 * on the same version anywhere.
 */
const CODE_PREFIX = "#code/";

export function visualizeHref(source: string, python: PythonVersion): string {
  return `/visualize?python=${python}${CODE_PREFIX}${LZString.compressToEncodedURIComponent(source)}`;
}

/** The program in a link's fragment; null when there is none or it does not decompress (a link cut short). */
export function codeFromHash(hash: string): string | null {
  if (!hash.startsWith(CODE_PREFIX)) return null;
  const code = LZString.decompressFromEncodedURIComponent(hash.slice(CODE_PREFIX.length));
  // lz-string answers a damaged input with "" or null rather than an error.
  return code ? code : null;
}
