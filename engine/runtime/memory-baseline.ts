import type { EmscriptenModule } from "./pyodide-api";

/**
 * A fresh interpreter in milliseconds: the whole WebAssembly linear memory is copied once, when the
 * interpreter is loaded and locked down but idle, and copied back after every run. Everything CPython
 * knows lives in that memory (modules, objects, the allocator, the GC, sys), so restoring it gives the
 * next run an interpreter that has never seen the previous one.
 */
export class MemoryBaseline {
  private readonly saved: Uint8Array;

  constructor(private readonly module: EmscriptenModule) {
    this.saved = module.HEAPU8.slice();
  }

  get bytes(): number {
    return this.saved.length;
  }

  restore(): void {
    // HEAPU8 is re-created by Emscripten whenever memory grows, so it is read afresh each time.
    const heap = this.module.HEAPU8;
    heap.set(this.saved);
    // Memory cannot shrink: what the last run grew is zeroed so no byte of it outlives the run.
    if (heap.length > this.saved.length) heap.fill(0, this.saved.length);
  }
}
