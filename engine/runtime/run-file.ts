import type { EmscriptenModule } from "./pyodide-api";

/** CPython's C API as Pyodide's module exports it (every release exports the whole API). */
type CPython = EmscriptenModule & {
  HEAPU32: Uint32Array;
  stringToNewUTF8(text: string): number;
  _free(pointer: number): void;
  _fopen(path: number, mode: number): number;
  _PyRun_FileExFlags(file: number, filename: number, start: number, globals: number, locals: number, closeit: number, flags: number): number;
  _PyRun_StringFlags(code: number, start: number, globals: number, locals: number, flags: number): number;
  _PyErr_Clear(): void;
  _PyErr_Fetch(type: number, value: number, traceback: number): void;
  _PyErr_NormalizeException(type: number, value: number, traceback: number): void;
  _PyException_SetTraceback(exception: number, traceback: number): number;
  _PySys_SetObject(name: number, value: number): number;
  _Py_DecRef(object: number): void;
};

const Py_file_input = 257;

/**
 * Runs a file the way `python3 FILE` does, through PyRun_FileExFlags: CPython parses it, keeps the
 * syntax tree alive while the module runs and executes it in `namespace` (the address of the
 * __main__ dict, which is what CPython's id() returns). Returns whether an exception escaped; if one
 * did, it is left in sys.last_type / last_value / last_traceback, where CPython's own
 * PyErr_Print would put it.
 */
export function runFile(module: EmscriptenModule, path: string, displayName: string, namespace: number): boolean {
  const c = module as CPython;
  const strings: number[] = [];
  const cString = (text: string) => {
    const pointer = c.stringToNewUTF8(text);
    strings.push(pointer);
    return pointer;
  };
  try {
    const file = c._fopen(cString(path), cString("r"));
    if (!file) throw new Error(`cannot open the program file ${path}`);
    const result = c._PyRun_FileExFlags(file, cString(displayName), Py_file_input, namespace, namespace, 1, 0);
    if (result) {
      c._Py_DecRef(result);
      return false;
    }
    const slots = c.stringToNewUTF8("\0".repeat(11));
    strings.push(slots);
    c.HEAPU32.fill(0, slots >> 2, (slots >> 2) + 3);
    c._PyErr_Fetch(slots, slots + 4, slots + 8);
    c._PyErr_NormalizeException(slots, slots + 4, slots + 8);
    const [type = 0, value = 0, traceback = 0] = c.HEAPU32.subarray(slots >> 2, (slots >> 2) + 3);
    if (traceback) c._PyException_SetTraceback(value, traceback);
    for (const [name, object] of [["last_type", type], ["last_value", value], ["last_traceback", traceback]] as const) {
      if (object) c._PySys_SetObject(cString(name), object);
    }
    for (const object of [type, value, traceback]) if (object) c._Py_DecRef(object);
    return true;
  } finally {
    for (const pointer of strings) c._free(pointer);
  }
}

/**
 * Runs a statement in `namespace` through PyRun_StringFlags, without Pyodide's JavaScript bridge.
 * Returns false if it raised; the exception is discarded.
 */
export function runStatement(module: EmscriptenModule, statement: string, namespace: number): boolean {
  const c = module as CPython;
  const code = c.stringToNewUTF8(statement);
  try {
    const result = c._PyRun_StringFlags(code, Py_file_input, namespace, namespace, 0);
    if (result) {
      c._Py_DecRef(result);
      return true;
    }
    c._PyErr_Clear();
    return false;
  } finally {
    c._free(code);
  }
}
