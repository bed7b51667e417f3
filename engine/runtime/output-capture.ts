export type StreamName = "stdout" | "stderr";

/** Room kept after the limit so the program's final traceback still reaches the learner. */
const TAIL_RESERVE_BYTES = 16 * 1024;

/**
 * Collects a run's stdout and stderr as Pyodide hands over raw bytes. Past `maxBytes` in total the
 * output is dropped and `onLimit` fires once (the host then stops the program); a small reserve keeps
 * what is written to stderr afterwards, which is the traceback of the exception that stopped it.
 */
export class OutputCapture {
  private readonly decoders = { stdout: new TextDecoder(), stderr: new TextDecoder() };
  private readonly texts = { stdout: "", stderr: "" };
  private bytes = 0;
  private limitHit = false;

  constructor(
    private readonly maxBytes: number,
    private readonly onLimit: () => void,
    private readonly onText: (stream: StreamName, text: string) => void = () => {},
  ) {}

  get exceeded(): boolean {
    return this.limitHit;
  }

  text(stream: StreamName): string {
    return this.texts[stream] + this.decoders[stream].decode();
  }

  /** Takes what Python wrote to a stream; returns the byte count Pyodide expects from a writer. */
  write(stream: StreamName, buffer: Uint8Array): number {
    // Once the limit is hit, only stderr may still use the reserve: stdout is dropped.
    const cap = !this.limitHit ? this.maxBytes : stream === "stderr" ? this.maxBytes + TAIL_RESERVE_BYTES : 0;
    const room = cap - this.bytes;
    const kept = buffer.subarray(0, Math.max(0, Math.min(room, buffer.length)));
    this.bytes += kept.length;
    if (kept.length > 0) {
      const text = this.decoders[stream].decode(kept, { stream: true });
      this.texts[stream] += text;
      this.onText(stream, text);
    }
    if (kept.length < buffer.length && !this.limitHit) {
      this.limitHit = true;
      this.onLimit();
    }
    // Report everything as written: a short write would make Python retry the rest forever.
    return buffer.length;
  }
}
