import type { RunResult } from "../protocol";

/**
 * Whether a graded program ran to the end of its module, and if not, why, in words a learner
 * knows. A program that did not is graded 0 whatever checks it would have passed: a SyntaxError
 * runs nothing, and a program stopped half way has not done what was asked.
 */
export type RunEnd =
  | { finished: true }
  | {
      finished: false;
      /** Shown once for the whole grade. */
      reason: string;
      /** What each check says instead of a verdict: "Not checked: ..." in a few words. */
      notChecked: string;
      /** It broke a time, memory or output limit (a limits check fails rather than going unchecked). */
      brokeLimit: boolean;
    };

const SYNTAX = new Set(["SyntaxError", "IndentationError", "TabError"]);

/**
 * `askedQuestions`: the engine answers the grader's questions only after a module that ran to its
 * end, so a clean status without answers is a program that left through sys.exit() on the way.
 */
export function runEnd(result: RunResult, options: { askedQuestions: boolean; timeoutMs: number; filename: string }): RunEnd {
  const stopped = (reason: string, notChecked: string, brokeLimit = false): RunEnd => ({ finished: false, reason, notChecked: `Not checked: ${notChecked}.`, brokeLimit });
  switch (result.status) {
    case "ok":
      if (result.exitCode !== 0) return stopped(`Your program called sys.exit() with exit status ${result.exitCode}, which means it failed.`, `your program exited with status ${result.exitCode}`);
      if (options.askedQuestions && result.inspection === null) {
        return stopped("Your program left early through sys.exit() (or raise SystemExit), before reaching its last line.", "your program left through sys.exit() before its last line");
      }
      return { finished: true };
    case "exception": {
      const type = result.exception?.type ?? "an exception";
      const message = (result.exception?.message ?? "").replace(/ \([^()]*, line \d+\)$/, "");
      const line = lastProgramLine(result.stderr, options.filename);
      const at = line === null ? "" : ` at line ${line}`;
      // The engine's own outcome when shutdown did not finish (engine/runtime/interpreter.ts): the
      // module may have run to its end, but atexit handlers or __del__ did not.
      if (type === "SystemError" && message.startsWith("the program did not shut down cleanly")) {
        return stopped("Your program did not shut down cleanly: code run at exit (atexit, __del__) ran past the time limit or interfered with the grader.", "your program did not shut down cleanly");
      }
      if (SYNTAX.has(type)) return stopped(`Python could not read your program: ${type}${at}${message ? ` (${message})` : ""}. None of it ran.`, `Python could not read your program (${type})`);
      return stopped(`Your program stopped${at} with ${type}${message ? `: ${message}` : ""}, before reaching its last line.`, `your program stopped with ${type} before its last line`);
    }
    case "timeout":
      return stopped(`Your program was still running after the time limit of ${seconds(options.timeoutMs)} and was stopped.`, "your program was stopped at the time limit", true);
    case "memory":
      return stopped("Your program used more memory than it is allowed (MemoryError) and was stopped.", "your program ran out of memory", true);
    case "output-limit":
      return stopped("Your program printed more than the output limit allows and was stopped.", "your program was stopped at the output limit", true);
    case "crashed":
      return stopped("The Python interpreter crashed while running your program.", "the interpreter crashed");
    case "security":
      return stopped("Your program reached outside Python (into JavaScript), which is not allowed here, so nothing it did counts.", "your program reached outside Python, so nothing it did counts");
    default:
      return stopped("Your program was stopped before it reached its last line.", "your program did not reach its last line");
  }
}

/** The line of the program where a traceback ends, as CPython prints it: `File "main.py", line 3`. */
function lastProgramLine(stderr: string, filename: string): number | null {
  const quoted = filename.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const lines = [...stderr.matchAll(new RegExp(`File "${quoted}", line (\\d+)`, "g"))];
  const last = lines.at(-1)?.[1];
  return last === undefined ? null : Number(last);
}

function seconds(ms: number): string {
  const value = ms / 1000;
  return `${value.toLocaleString("en-US")} second${value === 1 ? "" : "s"}`;
}
