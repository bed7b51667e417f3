import type { PythonVersion } from "../protocol";

/** What the sandbox process hands to its interpreter thread. */
export type InterpreterThreadData = {
  version: PythonVersion;
  pyodideDir: string;
  /** engine/dist/python-files.json (see engine/runtime/python-files.ts). */
  pythonFiles: string;
  interruptBuffer: Int32Array;
  /** Set to 1 by the interpreter's bridge tripwire; read only by the sandbox process. */
  bridgeTripped: Int32Array;
};

/** What the host process hands to a sandbox process (as JSON in argv). */
export type SandboxConfig = {
  version: PythonVersion;
  pyodideDir: string;
  pythonFiles: string;
  threadScript: string;
};
