import type { EmscriptenFS } from "./pyodide-api";

/** Pyodide's working directory, where a relative file name such as "main.py" lands. */
export const WORKING_DIR = "/home/pyodide";

function absolute(filename: string): string {
  const parts: string[] = [];
  for (const part of (filename.startsWith("/") ? filename : `${WORKING_DIR}/${filename}`).split("/")) {
    if (part === "..") parts.pop();
    else if (part && part !== ".") parts.push(part);
  }
  return `/${parts.join("/")}`;
}

/**
 * Writes the program where its file name points, for the duration of the run, and returns the undo.
 * CPython 3.11 prints traceback source lines by reading the file itself (3.12+ also consult
 * linecache), so without the file a 3.11 traceback would lack its code lines. A name that already
 * exists in Pyodide's file system (say, a standard library module) is left alone.
 */
export function placeProgramFile(fs: EmscriptenFS, filename: string, source: string): () => void {
  const path = absolute(filename);
  if (fs.analyzePath(path).exists) return () => {};
  const created: string[] = [];
  const segments = path.split("/").slice(1, -1);
  for (let depth = 1; depth <= segments.length; depth++) {
    const dir = `/${segments.slice(0, depth).join("/")}`;
    if (!fs.analyzePath(dir).exists) {
      fs.mkdir(dir);
      created.push(dir);
    }
  }
  fs.writeFile(path, source);
  return () => {
    if (fs.analyzePath(path).exists) fs.unlink(path);
    for (const dir of created.reverse()) if (fs.analyzePath(dir).exists) fs.rmdir(dir);
  };
}
