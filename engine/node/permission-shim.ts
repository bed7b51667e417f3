import { constants } from "node:fs";

/**
 * Under Node's permission model `process.binding` throws, yet Emscripten's NODEFS asks it for the
 * file-system constants while Pyodide starts. Only that one question is answered.
 */
export function allowPyodideUnderPermissionModel(): void {
  if (!("permission" in process)) return;
  Object.assign(process, {
    binding(name: string) {
      if (name === "constants") return { fs: constants };
      throw new Error(`process.binding('${name}') is not available in the engine sandbox`);
    },
  });
}
