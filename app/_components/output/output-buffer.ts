export type Stream = "stdout" | "stderr";
export type Span = { stream: Stream; text: string };
/** One line of output as the panel shows it; `cut` counts the characters left out of a very long line. */
export type Line = { spans: Span[]; cut: number };
export type Row = { kind: "line"; line: Line } | { kind: "omitted"; lines: number };

export type OutputBounds = {
  /** Lines kept from the start of the output. */
  headLines: number;
  /** Lines kept from the end of the output. */
  tailLines: number;
  /** Characters shown of one line; the rest is counted, not kept. */
  lineChars: number;
};

/**
 * Enough to see how a program's output starts and how it ends (its traceback), while the page stays
 * light: a million printed lines keep 4,000 lines and a count of the rest.
 */
export const DEFAULT_OUTPUT_BOUNDS: OutputBounds = { headLines: 2_000, tailLines: 2_000, lineChars: 5_000 };

/**
 * A run's output as lines, keeping the head and the tail of huge output and counting what was left out
 * between them. Appending costs amortised O(length of the text): the tail is trimmed in blocks, never
 * shifted line by line.
 */
export class OutputBuffer {
  private readonly head: Line[] = [];
  private tail: Line[] = [];
  private omitted = 0;
  private open: Line | null = null;
  private rowsCache: Row[] | null = null;

  constructor(private readonly bounds: OutputBounds = DEFAULT_OUTPUT_BOUNDS) {}

  /** Lines between the head and the tail that are not kept. */
  get omittedLines(): number {
    return this.omitted + Math.max(0, this.tail.length - this.bounds.tailLines);
  }

  get keptLines(): { head: number; tail: number } {
    return { head: this.bounds.headLines, tail: this.bounds.tailLines };
  }

  get isEmpty(): boolean {
    return this.head.length === 0 && this.tail.length === 0;
  }

  append(stream: Stream, text: string): void {
    if (!text) return;
    this.rowsCache = null;
    const pieces = text.split("\n");
    pieces.forEach((piece, index) => {
      if (index > 0) this.open = null; // the newline before this piece ended the open line
      // Nothing follows a final newline yet: the next line opens when its first character arrives.
      if (index === pieces.length - 1 && piece === "") return;
      this.write(stream, piece);
    });
  }

  /** The rows to draw: the head, a note of what was left out, the tail. Cached until the next append. */
  rows(): Row[] {
    if (this.rowsCache) return this.rowsCache;
    const start = Math.max(0, this.tail.length - this.bounds.tailLines);
    const dropped = this.omittedLines;
    const rows: Row[] = this.head.map((line) => ({ kind: "line", line }));
    if (dropped > 0) rows.push({ kind: "omitted", lines: dropped });
    for (let index = start; index < this.tail.length; index++) rows.push({ kind: "line", line: this.tail[index] as Line });
    return (this.rowsCache = rows);
  }

  /** Adds `piece` to the open line, opening one when there is none (an empty piece makes an empty line). */
  private write(stream: Stream, piece: string): void {
    if (!this.open) {
      this.open = { spans: [], cut: 0 };
      this.push(this.open);
    }
    const line = this.open;
    const used = line.spans.reduce((total, span) => total + span.text.length, 0);
    const room = Math.max(0, this.bounds.lineChars - used);
    const kept = piece.slice(0, room);
    line.cut += piece.length - kept.length;
    if (!kept) return;
    const last = line.spans[line.spans.length - 1];
    if (last && last.stream === stream) line.spans[line.spans.length - 1] = { stream, text: last.text + kept };
    else line.spans.push({ stream, text: kept });
  }

  private push(line: Line): void {
    if (this.head.length < this.bounds.headLines) {
      this.head.push(line);
      return;
    }
    this.tail.push(line);
    // Let the tail grow to twice its bound, then drop the older half at once.
    if (this.tail.length >= 2 * this.bounds.tailLines) {
      const excess = this.tail.length - this.bounds.tailLines;
      this.omitted += excess;
      this.tail = this.tail.slice(excess);
    }
  }
}
