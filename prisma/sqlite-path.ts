import path from "node:path";

/**
 * The file behind a `file:` URL. Relative paths are resolved against the project root (where
 * prisma.config.ts lives), never the process cwd, so that the migrator, the app and the tests agree on
 * one file whichever directory they start in.
 */
export function sqliteFilePath(url: string, root: string): string {
  const file = url.replace(/^file:/, "");
  return file === ":memory:" || path.isAbsolute(file) ? file : path.resolve(root, file);
}
