import type { HeapObject, ObjectId, Step } from "../trace/schema";

/**
 * Resolves a path like `node.parent` or `items[0]` in the heap graph of one step: the name in the
 * innermost frame, then the module's globals, then edges by their labels. Read from the trace
 * only: nothing runs in the program to answer it.
 */
export function resolvePath(path: string, step: Step, heap: Map<ObjectId, HeapObject>): HeapObject | null {
  const parts = path.match(/[A-Za-z_]\w*|\[[^\]]+\]/g) ?? [];
  const [name, ...rest] = parts;
  if (!name) return null;
  const id = step.frames.at(-1)?.locals[name] ?? step.globals[name];
  let object = id === undefined ? undefined : heap.get(id);
  for (const part of rest) {
    if (!object) return null;
    const label = edgeLabel(part);
    const edge = object.edges.find(([edgeName]) => edgeName === label);
    object = edge ? heap.get(edge[1]) : undefined;
  }
  return object ?? null;
}

/** `.name` parts come through as `name`; `["key"]` is labelled by the key, `[0]` as `[0]`. */
function edgeLabel(part: string): string {
  const quoted = /^\[(["'])(.*)\1\]$/.exec(part);
  return quoted?.[2] ?? part;
}

/** What references `target` in that step's graph: names and labelled edges. */
export function holdersOf(target: ObjectId, step: Step, heap: Map<ObjectId, HeapObject>): string[] {
  const holders: string[] = [];
  for (const frame of step.frames) {
    for (const [name, id] of Object.entries(frame.locals)) if (id === target) holders.push(`local '${name}' of ${frame.function}()`);
  }
  for (const [name, id] of Object.entries(step.globals)) if (id === target) holders.push(`global '${name}'`);
  for (const object of heap.values()) {
    for (const [label, id, kind] of object.edges) if (id === target && kind === "ref") holders.push(`${object.type} ${label}`);
  }
  return holders;
}
