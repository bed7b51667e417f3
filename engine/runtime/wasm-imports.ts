/** The imports object Emscripten hands to WebAssembly when it instantiates Pyodide. */
export type WasmImports = WebAssembly.Imports & { env?: Record<string, unknown> };

type Instantiate = (source: unknown, imports?: WasmImports) => Promise<unknown>;

/**
 * Lets the engine adjust Pyodide's WebAssembly imports before instantiation (every Pyodide release
 * goes through WebAssembly.instantiate or instantiateStreaming), so one mechanism works for all
 * versions without touching Pyodide's own files. Call before loading Pyodide.
 */
export function beforeWasmInstantiate(adjust: (imports: WasmImports) => void): void {
  for (const method of ["instantiate", "instantiateStreaming"] as const) {
    if (typeof WebAssembly[method] !== "function") continue;
    const original = (WebAssembly[method] as Instantiate).bind(WebAssembly);
    Object.assign(WebAssembly, {
      [method]: (source: unknown, imports?: WasmImports) => {
        if (imports) adjust(imports);
        return original(source, imports);
      },
    });
  }
}
