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

/** Where a place was found for it, and how to take it away after the run. */
export type PlacedProgram = { path: string; remove: () => void };

/**
 * Writes the program where its file name points, for the duration of the run: CPython runs it from
 * there and reads traceback source lines from it, as for `python3 FILE`. A name that already exists
 * in Pyodide's file system (say, a standard library module) is never overwritten: the program then
 * runs from a scratch file, under its own name all the same.
 */
export function placeProgramFile(fs: EmscriptenFS, filename: string, source: string): PlacedProgram {
  const wanted = absolute(filename);
  const path = fs.analyzePath(wanted).exists ? "/tmp/heapwise-program.py" : wanted;
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
  return {
    path,
    remove: () => {
      if (fs.analyzePath(path).exists) fs.unlink(path);
      for (const dir of created.reverse()) if (fs.analyzePath(dir).exists) fs.rmdir(dir);
    },
  };
}
