import type { StreamName } from "./output-capture";

/** How long output may wait in the worker before it is posted, and how much of it. */
export const OUTPUT_BATCH_MS = 25;
export const OUTPUT_BATCH_CHARS = 64 * 1024;

/**
 * Coalesces a run's output into few messages. Python runs synchronously in its worker, so no timer can
 * fire during a run: each write checks the clock instead. A program printing a million short lines then
 * posts a few hundred messages rather than a million, which is what kept the page's main thread busy.
 * A change of stream flushes, so stdout and stderr keep their order.
 */
export class OutputBatcher {
  private stream: StreamName | null = null;
  private pending = "";
  private since = 0;

  constructor(
    private readonly post: (stream: StreamName, text: string) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  write(stream: StreamName, text: string): void {
    if (this.stream !== stream) {
      this.flush();
      this.stream = stream;
      this.since = this.now();
    }
    this.pending += text;
    if (this.pending.length >= OUTPUT_BATCH_CHARS || this.now() - this.since >= OUTPUT_BATCH_MS) this.flush();
  }

  flush(): void {
    if (this.stream && this.pending) this.post(this.stream, this.pending);
    this.pending = "";
    this.since = this.now();
  }
}
