/**
 * Caps the WebAssembly heap. Emscripten grows linear memory through its `emscripten_resize_heap`
 * import; refusing growth past the cap makes malloc fail, which CPython reports as MemoryError while
 * the interpreter stays usable. Without a cap a memory bomb grows the heap to 4 GB before failing.
 *
 * The import is wrapped at instantiation, which every Pyodide release goes through, so the same code
 * works for all versions; the cap itself can change between runs.
 */
export type HeapCap = { setLimit(bytes: number): void };

type Imports = WebAssembly.Imports & { env?: Record<string, unknown> };

export function installHeapCap(): HeapCap {
  let limit = Number.POSITIVE_INFINITY;
  const wrap = (imports: Imports | undefined) => {
    const grow = imports?.env?.emscripten_resize_heap;
    if (imports?.env && typeof grow === "function") {
      imports.env.emscripten_resize_heap = (requested: number) => ((requested >>> 0) > limit ? 0 : grow(requested));
    }
  };
  const instantiate = WebAssembly.instantiate.bind(WebAssembly) as (source: unknown, imports?: Imports) => Promise<unknown>;
  const patched = (source: unknown, imports?: Imports) => {
    wrap(imports);
    return instantiate(source, imports);
  };
  Object.assign(WebAssembly, { instantiate: patched });
  if (typeof WebAssembly.instantiateStreaming === "function") {
    const streaming = WebAssembly.instantiateStreaming.bind(WebAssembly) as (source: unknown, imports?: Imports) => Promise<unknown>;
    Object.assign(WebAssembly, {
      instantiateStreaming: (source: unknown, imports?: Imports) => {
        wrap(imports);
        return streaming(source, imports);
      },
    });
  }
  return {
    setLimit(bytes) {
      limit = bytes;
    },
  };
}
