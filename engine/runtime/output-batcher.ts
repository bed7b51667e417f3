import type { StreamName } from "./output-capture";

export type OutputChunk = { stream: StreamName; text: string };

/** The window over which output messages are counted, and how many go out at once in one window. */
export const OUTPUT_WINDOW_MS = 25;
/**
 * 16 a window (640 messages a second) lets a program that prints every few milliseconds, an animation or
 * a progress count, have every line posted as written; a flood prints far faster than that.
 */
export const IMMEDIATE_POSTS_PER_WINDOW = 16;
/** A batch this large goes out at once, whatever the window. */
export const OUTPUT_BATCH_CHARS = 64 * 1024;

/**
 * Decides when a run's output leaves the worker. A program that prints now and then has each write
 * posted at once: held back, a line printed just before a long computation would only appear after it,
 * since Python runs synchronously here and no timer can fire to flush it. A program that floods is
 * different: once a window has had its share of messages, writes are gathered until the window ends,
 * so a million prints become a few thousand messages rather than the million that froze the page.
 * Gathered writes also leave on a timer: the last lines of a flood that stops to sleep or think would
 * otherwise wait for the next print. The timer fires whenever the worker's event loop runs, which it
 * does while time.sleep suspends the stack (3.13+ with JS promise integration) and at the run's end.
 * One message carries chunks of both streams, in order.
 */
export class OutputBatcher {
  private pending: OutputChunk[] = [];
  private pendingChars = 0;
  private windowStart = Number.NEGATIVE_INFINITY;
  private postsInWindow = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly post: (chunks: OutputChunk[]) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  write(stream: StreamName, text: string): void {
    if (!text) return;
    const time = this.now();
    if (time - this.windowStart >= OUTPUT_WINDOW_MS) {
      this.flush();
      this.windowStart = time;
      this.postsInWindow = 0;
    }
    const last = this.pending[this.pending.length - 1];
    if (last && last.stream === stream) last.text += text;
    else this.pending.push({ stream, text });
    this.pendingChars += text.length;
    if (this.postsInWindow < IMMEDIATE_POSTS_PER_WINDOW || this.pendingChars >= OUTPUT_BATCH_CHARS) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), OUTPUT_WINDOW_MS);
  }

  /** Posts what is gathered; the run's end calls it before the result. */
  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.pending.length === 0) return;
    this.post(this.pending);
    this.pending = [];
    this.pendingChars = 0;
    this.postsInWindow++;
  }
}
