import type { EmscriptenFS } from "./pyodide-api";

/** Pyodide's working directory, where a relative file name such as "main.py" lands. */
const WORKING_DIR = "/home/pyodide";

function absolute(filename: string): string {
  const parts: string[] = [];
  for (const part of (filename.startsWith("/") ? filename : `${WORKING_DIR}/${filename}`).split("/")) {
    if (part === "..") parts.pop();
    else if (part && part !== ".") parts.push(part);
  }
  return `/${parts.join("/")}`;
}

/**
 * Writes the program where its file name points and returns that path: CPython runs it from there
 * and reads traceback source lines from it, as for `python3 FILE`. A name that already exists in
 * Pyodide's file system (say, a standard library module) is never overwritten: the program then runs
 * from a scratch file, under its own name all the same. The file and any folder made for it are
 * removed after the run by FileSystemBaseline, like everything else the run created.
 */
export function placeProgramFile(fs: EmscriptenFS, filename: string, source: string): string {
  const wanted = absolute(filename);
  const path = fs.analyzePath(wanted).exists ? "/tmp/heapwise-program.py" : wanted;
  fs.mkdirTree(path.slice(0, path.lastIndexOf("/")) || "/");
  fs.writeFile(path, source);
  return path;
}
