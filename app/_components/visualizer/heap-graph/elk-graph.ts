import type { ElkExtendedEdge, ElkNode } from "elkjs/lib/elk-api";
import { type HeapGraphModel, nameHandleId } from "./heap-graph-model";
import { nameRowCentre } from "./node-geometry";

/**
 * The drawn graph as ELK's input, and ELK's answer as positions. No ELK import here: the same graph
 * is laid out in the browser's layout worker (heap-layout.worker.ts) and in Node by the bench.
 */

/** Node id → top-left corner. */
export type Positions = ReadonlyMap<string, { x: number; y: number }>;

/**
 * Layered left to right: names on the left, what they point at to their right. The gap between
 * layers leaves room for the edge labels drawn on the arrows. A cycle is broken at its reference
 * made last in the model's order (the walk's), so the arrow drawn backwards is the one that closed it.
 * Not `considerModelOrder`: measured (scripts/bench-heap-layout.ts) it took a 339-node step from
 * about 0.1 s to 2.5 s.
 */
export const LAYOUT_OPTIONS: Record<string, string> = {
  "elk.algorithm": "layered",
  "elk.direction": "RIGHT",
  "elk.layered.spacing.nodeNodeBetweenLayers": "80",
  "elk.spacing.nodeNode": "22",
  "elk.spacing.componentComponent": "40",
  "elk.layered.cycleBreaking.strategy": "MODEL_ORDER",
  "elk.separateConnectedComponents": "true",
};

/**
 * Past this many nodes ELK's crossing minimisation runs fewer passes ("thoroughness" 1 instead of
 * 7): the layout of a 300-object step stays within the 200 ms goal, and a small graph, where the
 * extra passes cost little, keeps the fewest crossings.
 */
export const LARGE_GRAPH_NODES = 120;

const portId = (nodeId: string, handle: string) => `${nodeId}/${handle}`;

export function toElkGraph(model: HeapGraphModel): ElkNode {
  const children: ElkNode[] = model.nodes.map((node) =>
    node.kind === "frame"
      ? {
          id: node.id,
          width: node.width,
          height: node.height,
          // Each name's arrow leaves its own row, on the right, in the frame's order.
          layoutOptions: { "elk.portConstraints": "FIXED_POS" },
          ports: node.names.map((row, index) => ({ id: portId(node.id, nameHandleId(row.name)), x: node.width, y: nameRowCentre(index), width: 0, height: 0 })),
        }
      : { id: node.id, width: node.width, height: node.height },
  );
  const edges: ElkExtendedEdge[] = model.edges.map((edge) => ({
    id: edge.id,
    sources: [edge.sourceHandle === undefined ? edge.source : portId(edge.source, edge.sourceHandle)],
    targets: [edge.target],
  }));
  const layoutOptions = children.length > LARGE_GRAPH_NODES ? { ...LAYOUT_OPTIONS, "elk.layered.thoroughness": "1" } : LAYOUT_OPTIONS;
  return { id: "root", layoutOptions, children, edges };
}

/** ELK's laid-out graph → each node's top-left corner. */
export function positionsOf(laidOut: ElkNode): Map<string, { x: number; y: number }> {
  return new Map((laidOut.children ?? []).map((child) => [child.id, { x: child.x ?? 0, y: child.y ?? 0 }]));
}

/**
 * What the layout depends on and nothing else: the nodes' ids and boxes in order and the arrows'
 * ends. Steps that change only refcounts, reprs or sizes share a key, so their layout is reused.
 */
export function layoutKey(model: HeapGraphModel): string {
  const nodes = model.nodes.map((node) => `${node.id}:${node.height}`).join(",");
  const edges = model.edges.map((edge) => `${edge.source}/${edge.sourceHandle ?? ""}>${edge.target}`).join(",");
  return `${nodes}|${edges}`;
}
