import type { EdgeKind, Frame, HeapObject, ObjectId } from "@/engine/trace/schema";
import { FRAME_WIDTH, OBJECT_WIDTH, frameHeight, objectHeight } from "./node-geometry";
import { type Departure, departureOf } from "./object-description";

/**
 * The heap graph as it is drawn: which nodes (frames, objects alive at this step, objects that left
 * the graph at this step), which arrows, and what each node summarises. Pure: the trace's step in,
 * plain data out; the layout (elk-graph.ts) and the React nodes only read it.
 */

export type HeapGraphInput = {
  heap: ReadonlyMap<ObjectId, HeapObject>;
  frames: readonly Frame[];
  globals: Readonly<Record<string, ObjectId>>;
  freed: readonly HeapObject[];
};

/** A container with more references than this shows only its first SUMMARY_SHOWN until expanded. */
export const SUMMARY_THRESHOLD = 8;
export const SUMMARY_SHOWN = 5;

export type NameRow = { name: string; target: ObjectId; recorded: boolean };

export type FrameNodeModel = {
  kind: "frame";
  id: string;
  /** null for the global frame. */
  function: string | null;
  line: number | null;
  /** The innermost frame: the one executing this step's line. */
  current: boolean;
  names: NameRow[];
  width: number;
  height: number;
};

export type ObjectNodeModel = {
  kind: "object";
  id: string;
  object: HeapObject;
  /** Set when the object left the graph at this step. */
  departure: Departure | null;
  /** References not drawn because the container is summarised. */
  hiddenEdges: number;
  /** The learner expanded this container (shows "Show fewer"). */
  expanded: boolean;
  /** "first 20 of 300 items" when the probe listed only the first items of a bigger container. */
  itemsNote: string | null;
  /** References whose target the probe did not record (its object budget ran out, or the walk stopped there). */
  unrecordedEdges: number;
  width: number;
  height: number;
};

export type GraphNodeModel = FrameNodeModel | ObjectNodeModel;

export type GraphEdgeModel = {
  id: string;
  source: string;
  /** A frame's name row; undefined for an object's references (they leave the node's side). */
  sourceHandle: string | undefined;
  target: string;
  label: string;
  kind: "name" | EdgeKind;
  /** The source left the graph at this step: drawn faded with it. */
  departed: boolean;
};

export type HeapGraphModel = {
  nodes: GraphNodeModel[];
  edges: GraphEdgeModel[];
  /** Objects alive at this step that are drawn nowhere because every reference to them is summarised away. */
  hiddenObjects: number;
};

export const objectNodeId = (id: ObjectId) => `o${id}`;
export const GLOBAL_FRAME_ID = "frame-global";
export const nameHandleId = (name: string) => `name:${name}`;

/** The function frames worth a node: the module's own frame holds the globals, already drawn. */
function callFrames(frames: readonly Frame[]): Frame[] {
  return frames.filter((frame) => frame.function !== "<module>" || Object.keys(frame.locals).length > 0);
}

/** How many items the probe listed: one per label, except a set's items, which all read "∈". */
function listedItems(object: HeapObject): number {
  const labels = object.edges.map(([label]) => label);
  return labels.every((label) => label === "∈") ? labels.length : new Set(labels).size;
}

function visibleEdgeCount(object: HeapObject, expanded: boolean): number {
  return expanded || object.edges.length <= SUMMARY_THRESHOLD ? object.edges.length : SUMMARY_SHOWN;
}

function objectNode(object: HeapObject, departure: Departure | null, expanded: ReadonlySet<ObjectId>, known: (id: ObjectId) => boolean): ObjectNodeModel {
  const isExpanded = expanded.has(object.id) && object.edges.length > SUMMARY_THRESHOLD;
  const shown = visibleEdgeCount(object, isExpanded);
  const itemsNote = object.length !== undefined && object.length > listedItems(object) ? `first ${listedItems(object)} of ${object.length.toLocaleString("en-US")} items` : null;
  const unrecordedEdges = object.edges.filter(([, target]) => !known(target)).length;
  // Rows: type and refcount (or "immortal"); repr; size and generation; then only what applies.
  const badges = object.unreachable || departure !== null;
  const textRows = 3 + (badges ? 1 : 0) + (itemsNote ? 1 : 0) + (unrecordedEdges > 0 ? 1 : 0) + (object.unexpanded ? 1 : 0);
  const buttonRows = object.edges.length > SUMMARY_THRESHOLD ? 1 : 0;
  return {
    kind: "object",
    id: objectNodeId(object.id),
    object,
    departure,
    hiddenEdges: object.edges.length - shown,
    expanded: isExpanded,
    itemsNote,
    unrecordedEdges,
    width: OBJECT_WIDTH,
    height: objectHeight(textRows, buttonRows),
  };
}

/**
 * The drawn graph of one step. Frames come first (global, then calls outermost first), then the
 * objects in the order a walk from the names meets them, then unreachable objects, then those that
 * left the graph: ELK keeps this model order where it can, so consecutive steps lay out alike.
 * A summarised container's hidden references hide the objects only they reach.
 */
export function buildHeapGraph({ heap, frames, globals, freed }: HeapGraphInput, expanded: ReadonlySet<ObjectId> = new Set()): HeapGraphModel {
  const departed = new Map(freed.filter((object) => !heap.has(object.id)).map((object) => [object.id, object]));
  const known = (id: ObjectId) => heap.has(id) || departed.has(id);
  const nodes: GraphNodeModel[] = [];
  const edges: GraphEdgeModel[] = [];

  const frameNode = (id: string, fn: string | null, line: number | null, current: boolean, names: Readonly<Record<string, ObjectId>>) => {
    const rows = Object.entries(names).map(([name, target]) => ({ name, target, recorded: heap.has(target) }));
    nodes.push({ kind: "frame", id, function: fn, line, current, names: rows, width: FRAME_WIDTH, height: frameHeight(rows.length) });
    for (const row of rows) {
      if (!row.recorded) continue;
      edges.push({ id: `${id}:${row.name}`, source: id, sourceHandle: nameHandleId(row.name), target: objectNodeId(row.target), label: row.name, kind: "name", departed: false });
    }
    return rows;
  };
  const calls = callFrames(frames);
  const roots = frameNode(GLOBAL_FRAME_ID, null, null, calls.length === 0, globals).map((row) => row.target);
  calls.forEach((frame, depth) => {
    roots.push(...frameNode(`frame-${depth}`, frame.function, frame.line, depth === calls.length - 1, frame.locals).map((row) => row.target));
  });

  // Breadth first through drawn references only, from the names, then from what no name reaches
  // but is still there: an unreachable cycle, an object nothing recorded refers to, and the objects
  // that left the graph. An object reached only through a summarised container's hidden references
  // is not drawn.
  const objectNodes = new Map<ObjectId, ObjectNodeModel>();
  const queue: HeapObject[] = [];
  const visit = (id: ObjectId) => {
    const object = heap.get(id) ?? departed.get(id);
    if (!object || objectNodes.has(id)) return;
    const node = objectNode(object, departureAt(object), expanded, known);
    objectNodes.set(id, node);
    nodes.push(node);
    queue.push(object);
  };
  const referred = new Set([...heap.values()].flatMap((object) => object.edges.map(([, target]) => target)));
  // An immortal object is never freed: one that left the walk while a drawn object still refers to
  // it (the probe does not walk an unreachable cycle's referents) is drawn as it is, not as gone.
  function departureAt(object: HeapObject): Departure | null {
    if (!departed.has(object.id)) return null;
    return object.immortal && referred.has(object.id) ? null : departureOf(object);
  }
  const seeds = [
    ...roots,
    ...[...heap.values()].filter((object) => object.unreachable).map((object) => object.id),
    ...[...heap.keys()].filter((id) => !referred.has(id)),
    ...departed.keys(),
  ];
  for (const seed of seeds) {
    visit(seed);
    for (let object = queue.shift(); object; object = queue.shift()) {
      const shown = object.edges.length - (objectNodes.get(object.id)?.hiddenEdges ?? 0);
      for (const [, target] of object.edges.slice(0, shown)) visit(target);
    }
  }

  for (const node of objectNodes.values()) {
    const { object } = node;
    const shown = object.edges.length - node.hiddenEdges;
    object.edges.slice(0, shown).forEach(([label, target, kind], index) => {
      if (!objectNodes.has(target)) return;
      edges.push({ id: `${node.id}:${index}`, source: node.id, sourceHandle: undefined, target: objectNodeId(target), label, kind, departed: node.departure !== null });
    });
  }
  const hiddenObjects = [...heap.keys()].filter((id) => !objectNodes.has(id)).length;
  return { nodes, edges, hiddenObjects };
}
