import { describe, expect, it } from "vitest";
import { listPredictBlocks } from "@/app/_server/predictions/predict-blocks";
import { isWholeNumber, programAnswer } from "@/app/_shared/prediction-answer";
import { PYTHON_VERSIONS } from "@/engine/protocol";
import { enginePoolForThisFile } from "../support/engine-pool";

/**
 * Every predict block of every lesson, run through the real engine on every Python a learner can pick:
 * the program must finish and its answer (last stdout line) must be one of the block's choices, or a
 * whole number when it has none, so that no learner is ever asked a question whose answer they cannot
 * pick. Versions may answer differently (the lesson's text explains it). One sandbox per version,
 * predict blocks only: runnable blocks are tests/unit/lessons.test.ts's.
 */
const blocks = listPredictBlocks();
const pool = enginePoolForThisFile({ size: 1 });

describe.each(PYTHON_VERSIONS.map((python) => [python]))("predict blocks on Python %s", (python) => {
  it.each(blocks.map((block) => [`${block.lesson}#${block.id}`, block]))("%s answers one of its choices", async (_name, block) => {
    const result = await pool.run(block.code, { python, filename: `${block.id}.py` });
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: "ok", stderr: "" });
    const answer = programAnswer(result.stdout);
    if (block.choices) expect(block.choices).toContain(answer);
    else expect(answer !== null && isWholeNumber(answer), `"${answer}" is not a whole number`).toBe(true);
  });
});
