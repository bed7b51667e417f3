import type { EmscriptenFS, FSStream } from "./pyodide-api";

type Entry = { ino: number; mode: number; size: number; mtime: number };

/** Kernel-like trees whose contents change by themselves; nothing a program writes lives there. */
const SKIPPED = new Set(["/dev", "/proc"]);
const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;

const isDirectory = (mode: number) => (mode & S_IFMT) === S_IFDIR;

function walk(fs: EmscriptenFS, dir: string, into: Map<string, Entry>): void {
  for (const name of fs.readdir(dir)) {
    if (name === "." || name === "..") continue;
    const path = dir === "/" ? `/${name}` : `${dir}/${name}`;
    if (SKIPPED.has(path)) continue;
    const stat = fs.lstat(path);
    into.set(path, { ino: stat.ino, mode: stat.mode, size: stat.size, mtime: new Date(stat.mtime).getTime() });
    if (isDirectory(stat.mode)) walk(fs, path, into);
  }
}

function listing(fs: EmscriptenFS): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  walk(fs, "/", entries);
  return entries;
}

function unchanged(before: Entry, after: Entry): boolean {
  if (before.ino !== after.ino || before.mode !== after.mode) return false;
  // A directory's size and mtime move when a file is created in it and removed again.
  return isDirectory(before.mode) || (before.size === after.size && before.mtime === after.mtime);
}

/**
 * Emscripten's file system lives in JavaScript, outside the linear memory that MemoryBaseline
 * restores. This puts it back after a run: files and folders the run created are removed, files it
 * left open are closed, the working directory is reset. A change to what was there before (a standard
 * library file overwritten, stdout closed) cannot be undone cheaply: restore() then answers false and
 * the caller replaces the interpreter.
 */
export class FileSystemBaseline {
  private readonly entries: Map<string, Entry>;
  private readonly streams: readonly (FSStream | null | undefined)[];
  private readonly cwd: string;

  constructor(private readonly fs: EmscriptenFS) {
    this.entries = listing(fs);
    this.streams = [...fs.streams];
    this.cwd = fs.cwd();
  }

  restore(): boolean {
    const { fs } = this;
    let clean = true;
    // Streams are compared by what they are open on, not by identity: Pyodide 0.27+ re-opens
    // /dev/stderr whenever a Python exception crosses into JavaScript.
    fs.streams.forEach((stream, fd) => {
      if (stream && !this.streams[fd]) fs.close(stream);
    });
    this.streams.forEach((stream, fd) => {
      if (stream && fs.streams[fd]?.path !== stream.path) clean = false;
    });
    const now = listing(fs);
    const added = [...now.keys()].filter((path) => !this.entries.has(path)).sort((a, b) => b.length - a.length);
    for (const path of added) {
      const entry = now.get(path);
      if (entry && isDirectory(entry.mode)) fs.rmdir(path);
      else fs.unlink(path);
    }
    for (const [path, before] of this.entries) {
      const after = now.get(path);
      if (!after || !unchanged(before, after)) clean = false;
    }
    if (fs.analyzePath(this.cwd).exists) fs.chdir(this.cwd);
    else clean = false;
    return clean;
  }
}
