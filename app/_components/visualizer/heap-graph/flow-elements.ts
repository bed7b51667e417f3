import { type Edge, MarkerType } from "@xyflow/react";
import type { ObjectId } from "@/engine/trace/schema";
import type { FrameFlowNode } from "./FrameNode";
import type { GraphEdgeModel, HeapGraphModel } from "./heap-graph-model";
import { frameAriaLabel, objectAriaLabel } from "./object-description";
import type { ObjectFlowNode } from "./ObjectNode";
import type { LaidOut } from "./use-heap-layout";
import styles from "./HeapGraph.module.css";

/** The laid-out model as xyflow's nodes and edges. */

export type HeapFlowNode = ObjectFlowNode | FrameFlowNode;

export function flowNodes(laidOut: LaidOut, pointerSize: number, found: ReadonlySet<string>, onToggle: (id: ObjectId) => void): HeapFlowNode[] {
  return laidOut.model.nodes.map((node): HeapFlowNode => {
    const common = { id: node.id, position: laidOut.positions.get(node.id) ?? { x: 0, y: 0 }, width: node.width, height: node.height, draggable: false, connectable: false };
    if (node.kind === "frame") return { ...common, type: "frame", data: { node }, ariaLabel: frameAriaLabel(node.function, node.names.length) };
    return {
      ...common,
      type: "object",
      data: { node, pointerSize, found: found.has(node.id), onToggle },
      ariaLabel: objectAriaLabel(node.object, pointerSize, node.departure),
    };
  });
}

function edgeClass(edge: GraphEdgeModel): string {
  return [edge.kind === "name" && styles.nameEdge, edge.kind === "weak" && styles.weakEdge, edge.departed && styles.departedEdge].filter(Boolean).join(" ");
}

export function flowEdges(model: HeapGraphModel): Edge[] {
  const types = new Map(model.nodes.map((node) => [node.id, node.kind === "object" ? node.object.type : "frame"]));
  return model.edges.map((edge) => {
    const target = types.get(edge.target) ?? "object";
    const spoken = edge.kind === "name" ? `${edge.label} points at ${target}` : `${edge.kind === "weak" ? "weak reference" : "reference"} ${edge.label} to ${target}`;
    return {
      id: edge.id,
      type: "reference",
      source: edge.source,
      sourceHandle: edge.sourceHandle ?? null,
      target: edge.target,
      // A name's label is already on its row in the frame.
      label: edge.kind === "name" ? undefined : edge.label,
      className: edgeClass(edge),
      markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16, color: edge.kind === "name" ? "var(--accent)" : "var(--muted)" },
      ariaLabel: spoken,
      focusable: false,
      selectable: false,
    };
  });
}
