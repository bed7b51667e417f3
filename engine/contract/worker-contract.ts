import contract from "./worker-contract.json";

/**
 * What the engine's TypeScript and the sandbox module (engine/python/heapwise_sandbox.py) agree on
 * inside a worker, from one file both read: worker-contract.json. TypeScript imports it (bundled
 * into the worker scripts); the interpreter writes the same values into its own file system as
 * CONTRACT_FILE, and install() reads them there once, before the baseline snapshot and so before
 * any learner code. A program that rewrote the file would change nothing: the values live in the
 * interpreter's memory, restored after every run, and a run that changed a file that was there
 * before gets a new interpreter (FileSystemBaseline).
 *
 * - sandboxDir: where the engine's Python files live in the interpreter's file system.
 * - files: what the sandbox writes and the host reads without running Python (the outcome, the
 *   grader's answer, the trace), and the question the host writes for ask().
 * - signals: the numbers the host writes into Pyodide's interrupt buffer (signals.ts) and the
 *   sandbox's handlers turn into KeyboardInterrupt, TimeoutError and OutputLimitExceeded.
 * - prepare: prepare()'s one argument, a dict, by key and Python type (each value describes the
 *   key). prepare() refuses a dict with a key missing, an extra key or a value of another type.
 */
export const WORKER_CONTRACT = contract;

/** Where the interpreter writes the contract for install() (beside the sandbox module). */
export const CONTRACT_FILE = `${contract.sandboxDir}/worker-contract.json`;

type Keys = typeof contract.prepare;

/**
 * prepare()'s argument, typed from the contract's keys: a key added to the JSON file is missing
 * here until the host sets it. A "float" may arrive as a Python int (Pyodide converts a whole
 * JavaScript number to int); prepare() accepts both.
 */
export type PrepareArguments = { [K in keyof Keys["str"]]: string } & { [K in keyof Keys["int"] | keyof Keys["float"]]: number } & {
  [K in keyof Keys["bool"]]: boolean;
};
