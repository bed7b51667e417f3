import type { HeapObject, ObjectId, Step } from "../trace/schema";

/** A path resolved to an object, or where it stopped: the part that names nothing, and what came before it. */
export type Resolved = { object: HeapObject } | { missing: "name"; name: string } | { missing: "part"; before: string; part: string };

/**
 * Resolves a path like `node.parent` or `items[0]` in the heap graph of one step: the name in the
 * innermost frame, then the module's globals, then edges by their labels. Read from the trace
 * only: nothing runs in the program to answer it.
 */
export function locate(path: string, step: Step, heap: Map<ObjectId, HeapObject>): Resolved {
  const parts = path.match(/[A-Za-z_]\w*|\[[^\]]+\]/g) ?? [];
  const [name = path, ...rest] = parts;
  const id = step.frames.at(-1)?.locals[name] ?? step.globals[name];
  let object = id === undefined ? undefined : heap.get(id);
  if (!object) return { missing: "name", name };
  let before = name;
  for (const part of rest) {
    const label = edgeLabel(part);
    const edge: HeapObject["edges"][number] | undefined = object.edges.find(([edgeName]) => edgeName === label);
    const next: HeapObject | undefined = edge ? heap.get(edge[1]) : undefined;
    if (!next) return { missing: "part", before, part: part.startsWith("[") ? part : `.${part}` };
    object = next;
    before += part.startsWith("[") ? part : `.${part}`;
  }
  return { object };
}

/** The object a path leads to, or null. */
export function resolvePath(path: string, step: Step, heap: Map<ObjectId, HeapObject>): HeapObject | null {
  const resolved = locate(path, step, heap);
  return "object" in resolved ? resolved.object : null;
}

/** `.name` parts come through as `name`; `["key"]` is labelled by the key, `[0]` as `[0]`. */
function edgeLabel(part: string): string {
  const quoted = /^\[(["'])(.*)\1\]$/.exec(part);
  return quoted?.[2] ?? part;
}

/**
 * What references `target` in that step's graph, in a learner's words: "the name `data`", "the
 * name `x` inside f()", "item [0] of a list", "the key "data" of a dict", "the attribute .other of a Node".
 */
export function holdersOf(target: ObjectId, step: Step, heap: Map<ObjectId, HeapObject>): string[] {
  const holders: string[] = [];
  for (const frame of step.frames) {
    for (const [name, id] of Object.entries(frame.locals)) if (id === target) holders.push(`the name \`${name}\` inside ${frame.function}()`);
  }
  for (const [name, id] of Object.entries(step.globals)) if (id === target) holders.push(`the name \`${name}\``);
  for (const object of heap.values()) {
    for (const [label, id, kind] of object.edges) if (id === target && kind === "ref") holders.push(describeEdge(object.type, label));
  }
  return holders;
}

/** One reference from a container or an object, by the label the probe gives its edge (engine/probe describe.py). */
export function describeEdge(type: string, label: string): string {
  if (/^\[.*\]$/.test(label)) return `item ${label} of a ${type}`;
  if (label === "∈") return `an element of a ${type}`;
  if (/^key \d+$/.test(label)) return `a key of a ${type}`;
  if (type === "dict") return `the key ${JSON.stringify(label)} of a dict`;
  return `the attribute .${label} of a ${type}`;
}
