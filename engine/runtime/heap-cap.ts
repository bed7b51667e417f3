import { beforeWasmInstantiate } from "./wasm-imports";

/**
 * Caps the WebAssembly heap. Emscripten grows linear memory through its `emscripten_resize_heap`
 * import; refusing growth past the cap makes malloc fail, which CPython reports as MemoryError while
 * the interpreter stays usable. Without a cap a memory bomb grows the heap to 4 GB before failing.
 *
 * The import is wrapped at instantiation, which every Pyodide release goes through, so the same code
 * works for all versions; the cap itself can change between runs.
 */
export type HeapCap = { setLimit(bytes: number): void };

export function installHeapCap(): HeapCap {
  let limit = Number.POSITIVE_INFINITY;
  beforeWasmInstantiate((imports) => {
    const grow = imports.env?.emscripten_resize_heap;
    if (imports.env && typeof grow === "function") {
      imports.env.emscripten_resize_heap = (requested: number) => ((requested >>> 0) > limit ? 0 : grow(requested));
    }
  });
  return {
    setLimit(bytes) {
      limit = bytes;
    },
  };
}
