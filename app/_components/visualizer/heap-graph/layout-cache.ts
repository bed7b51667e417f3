import type { Positions } from "./elk-graph";

/**
 * Layouts by layoutKey, most recently used last: stepping back and forth through a run reuses them
 * instead of asking ELK again. Bounded, since a long run has many shapes; a key is a few kilobytes
 * for a large step and the positions a few more.
 */
export class LayoutCache {
  private readonly entries = new Map<string, Positions>();

  constructor(private readonly capacity = 200) {}

  get(key: string): Positions | undefined {
    const positions = this.entries.get(key);
    if (positions) {
      this.entries.delete(key);
      this.entries.set(key, positions);
    }
    return positions;
  }

  set(key: string, positions: Positions): void {
    this.entries.delete(key);
    this.entries.set(key, positions);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.capacity) break;
      this.entries.delete(oldest);
    }
  }
}
