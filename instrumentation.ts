/**
 * Runs once when the server starts: the grading queue starts with it, so submissions a previous
 * process left queued or half-graded are graded without waiting for the next Submit.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { gradingQueue } = await import("./app/_server/grading/queue/queue-instance");
  await gradingQueue();
}
