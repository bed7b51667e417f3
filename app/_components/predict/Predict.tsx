import { lastPredictionOn } from "@/app/_server/predictions/page-data";
import { PredictBlock } from "./PredictBlock";

export type PredictProps = {
  id: string;
  lesson: string;
  question: string;
  code: string;
  /** `|`-separated, as written in the lesson; absent when the answer is a whole number. */
  choices?: string;
};

/**
 * A ```python predict block (mdx/remark-runnable-code.mjs): rendered on the server with the learner's
 * last prediction on it, which reads their cookie and so makes the lesson page dynamic, as an
 * embedded exercise does.
 */
export async function Predict({ id, lesson, question, code, choices }: PredictProps) {
  const saved = await lastPredictionOn(id);
  return <PredictBlock id={id} lesson={lesson} question={question} code={code} choices={choices ? choices.split("|") : null} saved={saved} />;
}
