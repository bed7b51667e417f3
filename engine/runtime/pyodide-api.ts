/**
 * The part of Pyodide's API the engine uses, typed once for all the installed releases (0.25 to 314),
 * whose own .d.ts files differ in details we never touch.
 */

export type PyProxy = { destroy(): void };

export type PyProxyCallable = ((...args: unknown[]) => unknown) & { destroy(): void };

export type PyProxyTuple = { toJs(options?: { depth: number }): unknown[]; destroy(): void };

export type StdWriter = { write(buffer: Uint8Array): number };

export type FSStream = { fd: number | null; path: string };

export type EmscriptenFS = {
  streams: (FSStream | null | undefined)[];
  close(stream: FSStream): void;
  readdir(path: string): string[];
  lstat(path: string): { ino: number; mode: number; size: number; mtime: Date | number };
  cwd(): string;
  chdir(path: string): void;
  analyzePath(path: string): { exists: boolean };
  mkdir(path: string): void;
  rmdir(path: string): void;
  unlink(path: string): void;
  mkdirTree(path: string): void;
  writeFile(path: string, data: string | Uint8Array): void;
  readFile(path: string, options: { encoding: "utf8" }): string;
};

export type EmscriptenModule = { HEAPU8: Uint8Array };

export type Pyodide = {
  version: string;
  FS: EmscriptenFS;
  _module: EmscriptenModule;
  runPython(code: string): unknown;
  /** Pyodide 0.27+, when loaded with `_makeSnapshot`: the linear memory plus what JavaScript held. */
  makeMemorySnapshot(): Uint8Array;
  toPy(value: object): PyProxy;
  setInterruptBuffer(buffer: Int32Array): void;
  setStdout(options: StdWriter): void;
  setStderr(options: StdWriter): void;
  setStdin(options: { stdin: () => string | null | undefined }): void;
};

export type LoadPyodideOptions = {
  indexURL?: string;
  jsglobals?: object;
  env?: Record<string, string>;
  fullStdLib?: boolean;
  stdout?: (line: string) => void;
  stderr?: (line: string) => void;
  _loadSnapshot?: Uint8Array;
  _makeSnapshot?: boolean;
};

export type LoadPyodide = (options: LoadPyodideOptions) => Promise<Pyodide>;
