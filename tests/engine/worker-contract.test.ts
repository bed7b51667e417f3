import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type PrepareArguments, WORKER_CONTRACT } from "@/engine/contract/worker-contract";

/**
 * The sandbox module checks prepare()'s one argument against the worker contract, under native
 * python3: the dict the host builds (typed from the same contract) passes, and one with a key
 * missing, a key the contract does not name, or a value of another type is refused with a message
 * that names the key.
 */
const SANDBOX = path.resolve(import.meta.dirname, "../../engine/python/heapwise_sandbox.py");

const CHECK = `
import importlib.util, json, sys
spec = importlib.util.spec_from_file_location("heapwise_sandbox", sys.argv[1])
sandbox = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sandbox)
sandbox._read_contract(sys.argv[2])
verdicts = {}
for case, arguments in json.loads(sys.stdin.read()).items():
    try:
        sandbox._check(arguments)
        verdicts[case] = True
    except TypeError as error:
        verdicts[case] = str(error)
print(json.dumps(verdicts))
`;

const valid: PrepareArguments = {
  filename: "main.py",
  stdin: "",
  program_path: "/home/pyodide/main.py",
  record_lines: "*",
  max_output_bytes: 1_000_000,
  max_steps: 0,
  timeout_s: 5,
  recording_budget_s: 10.5,
  trace_memory: false,
  graded: false,
};

function verdicts(cases: Record<string, unknown>): Record<string, boolean | string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "worker-contract-"));
  const contractFile = path.join(dir, "worker-contract.json");
  fs.writeFileSync(contractFile, JSON.stringify(WORKER_CONTRACT));
  try {
    const result = spawnSync("python3", ["-c", CHECK, SANDBOX, contractFile], { input: JSON.stringify(cases), encoding: "utf8" });
    if (result.status !== 0) throw new Error(`python3 failed: ${result.stderr}`);
    return JSON.parse(result.stdout) as Record<string, boolean | string>;
  } finally {
    fs.rmSync(dir, { recursive: true });
  }
}

describe("prepare()'s argument, checked against the worker contract", () => {
  let result: Record<string, boolean | string> = {};
  beforeAll(() => {
    result = verdicts({
      valid,
      missing: Object.fromEntries(Object.entries(valid).filter(([key]) => key !== "stdin")),
      extra: { ...valid, timeout_ms: 5000 },
      wrongType: { ...valid, max_steps: "10" },
      boolAsNumber: { ...valid, timeout_s: true },
      floatAsInt: { ...valid, max_steps: 1.5 },
      notADict: [valid],
    });
  });

  it("accepts the dict the host builds", () => expect(result.valid).toBe(true));
  it("names a missing key", () => expect(result.missing).toMatch(/missing \['stdin'\], not in the contract \[\]/));
  it("names a key the contract does not have", () => expect(result.extra).toMatch(/missing \[\], not in the contract \['timeout_ms'\]/));
  it("names a value of another type", () => {
    expect(result.wrongType).toBe("prepare()'s 'max_steps' must be int, not str");
    expect(result.boolAsNumber).toBe("prepare()'s 'timeout_s' must be int or float, not bool");
    expect(result.floatAsInt).toBe("prepare()'s 'max_steps' must be int, not float");
  });
  it("takes one dict", () => expect(result.notADict).toBe("prepare() takes a dict, not list"));
});
