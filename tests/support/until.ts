/**
 * Reads `read()` every 100 ms until `done` holds for what it returned, and returns that; throws
 * naming `what` and the last value once `timeoutMs` has passed. For tests that wait on other
 * processes (a queue, a worker, a server) with no event to wait for.
 */
export async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
