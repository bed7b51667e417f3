import { z } from "zod";
import { gradeResultSchema } from "@/engine/grading/grade-result-schema";
import { submissionStatus } from "./submission-status";

/** A submission as the API gives it to its learner, and as the page reads it back (through this schema). */
export const submissionViewSchema = z.object({
  id: z.string(),
  status: submissionStatus,
  score: z.number().nullable(),
  pythonVersion: z.string(),
  createdAt: z.string(),
  /** The verdict, once graded. */
  result: gradeResultSchema.nullable(),
  /** Why there is no verdict, when the grader failed (not the learner's code). */
  error: z.string().nullable(),
});
export type SubmissionView = z.infer<typeof submissionViewSchema>;
