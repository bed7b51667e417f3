import type { PythonVersion } from "../protocol";

/** What the sandbox process hands to its interpreter thread. */
export type InterpreterThreadData = {
  version: PythonVersion;
  pyodideDir: string;
  /** engine/dist/python-files.json (see engine/runtime/python-files.ts). */
  pythonFiles: string;
  interruptBuffer: Int32Array;
  /** The bridge tripwire's cell (TripState in engine/runtime/bridge-tripwire.ts), watched by the sandbox process. */
  tripCell: Int32Array;
};

/**
 * What the sandbox process does once a run has reached JavaScript. Either way the run ends as
 * "security" and nothing the thread says counts.
 * - "stop" (always, but in the escape tests): terminate the thread inside the guarded call, so no
 *   learner JavaScript ever runs;
 * - "observe": let the thread go on to the end of the run and attach what it then said to the result
 *   as `untrusted`, so that the escape corpus can show that the process wall holds on its own when
 *   JavaScript does run.
 */
export type TripResponse = "stop" | "observe";

/** What the host process hands to a sandbox process (as JSON in argv). */
export type SandboxConfig = {
  version: PythonVersion;
  pyodideDir: string;
  pythonFiles: string;
  threadScript: string;
  onTrip: TripResponse;
};
