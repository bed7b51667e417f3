import { z } from "zod";

/**
 * Where a submission is: waiting for a grader, being graded, graded (a verdict is stored), or
 * error (the grader failed, not the learner: no verdict). One enum for the database rows (a string
 * column, read through it), the server and the page.
 */
export const submissionStatus = z.enum(["queued", "grading", "graded", "error"]);
export type SubmissionStatus = z.infer<typeof submissionStatus>;
