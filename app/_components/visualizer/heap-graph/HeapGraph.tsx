"use client";

import "@xyflow/react/dist/style.css";
import { Background, BackgroundVariant, Controls, ReactFlow, ReactFlowProvider, type ReactFlowState, useReactFlow, useStore, useStoreApi } from "@xyflow/react";
import { useTheme } from "next-themes";
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import type { Frame, HeapObject, ObjectId } from "@/engine/trace/schema";
import { findNames } from "./find-names";
import { flowEdges, flowNodes } from "./flow-elements";
import { FrameNode } from "./FrameNode";
import { GraphLegend } from "./GraphLegend";
import { buildHeapGraph } from "./heap-graph-model";
import { plural } from "./object-description";
import { ObjectNode } from "./ObjectNode";
import { ReferenceEdge } from "./ReferenceEdge";
import { useHeapLayout } from "./use-heap-layout";
import styles from "./HeapGraph.module.css";

export type HeapGraphProps = {
  heap: ReadonlyMap<ObjectId, HeapObject>;
  frames: readonly Frame[];
  globals: Readonly<Record<string, ObjectId>>;
  freed: readonly HeapObject[];
  pointerSize: number;
  /** The step shown, echoed as data-layout-step once its layout is painted (the browser bench waits on it). */
  step?: number;
};

const nodeTypes = { object: ObjectNode, frame: FrameNode };
const edgeTypes = { reference: ReferenceEdge };
/**
 * Every node xyflow holds has been measured in the DOM. Not useNodesInitialized: xyflow recomputes
 * that only when the nodes are handed back through onNodesChange, which this read-only graph has not.
 */
const allMeasured = (state: ReactFlowState) => state.nodeLookup.size > 0 && [...state.nodeLookup.values()].every((node) => node.measured.width !== undefined);
const reducedMotion = () => typeof window !== "undefined" && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

/**
 * The heap at one step: frames and their names, objects with refcounts, sizes and generations,
 * references as arrows. Laid out by ELK in a worker (use-heap-layout.ts), drawn by xyflow.
 */
export function HeapGraph(props: HeapGraphProps) {
  return (
    <ReactFlowProvider>
      <HeapGraphView {...props} />
    </ReactFlowProvider>
  );
}

function HeapGraphView({ heap, frames, globals, freed, pointerSize, step }: HeapGraphProps) {
  const [expanded, setExpanded] = useState<ReadonlySet<ObjectId>>(() => new Set());
  const toggle = useCallback(
    (id: ObjectId) =>
      setExpanded((before) => {
        const after = new Set(before);
        if (!after.delete(id)) after.add(id);
        return after;
      }),
    [],
  );
  const model = useMemo(() => buildHeapGraph({ heap, frames, globals, freed }, expanded), [heap, frames, globals, freed, expanded]);
  const layout = useHeapLayout(model);
  const shown = layout.shown;

  const [query, setQuery] = useState("");
  const search = useMemo(() => findNames(model, query), [model, query]);
  const nodes = useMemo(() => (shown ? flowNodes(shown, pointerSize, search.nodeIds, toggle) : []), [shown, pointerSize, search.nodeIds, toggle]);
  const edges = useMemo(() => (shown ? flowEdges(shown.model) : []), [shown]);

  const { resolvedTheme } = useTheme();
  const flow = useReactFlow();
  const store = useStoreApi();
  const measured = useStore(allMeasured);

  // "done" once the requested layout's nodes are measured and a frame has been painted with them.
  const [paintedKey, setPaintedKey] = useState<string | null>(null);
  useEffect(() => {
    if (layout.pending || !measured) return;
    const frame = requestAnimationFrame(() => {
      // The store may still hold the previous drawing's nodes in this render: check it holds these.
      const state = store.getState();
      if (allMeasured(state) && model.nodes.every((node) => state.nodeLookup.has(node.id))) setPaintedKey(layout.key);
    });
    return () => cancelAnimationFrame(frame);
  }, [layout.pending, layout.key, measured, store, model]);
  const done = !layout.pending && paintedKey === layout.key;

  // Until the learner zooms or pans, every step is fitted to the box, so a graph that grows or shrinks
  // stays readable. Once they have, their view is kept and moved only when a new layout puts
  // something out of sight. (Programmatic moves come with no event; the zoom buttons say so themselves.)
  const placedByLearner = useRef(false);
  const learnerMoved = useCallback((event: unknown) => {
    if (event) placedByLearner.current = true;
  }, []);
  // The box's size: a window resized (or a phone turned) fits the graph again too.
  const boxSize = useStore((state) => `${state.width}x${state.height}`);
  useEffect(() => {
    if (paintedKey === null) return;
    const { width, height, transform } = store.getState();
    const [x, y, zoom] = transform;
    const bounds = flow.getNodesBounds(flow.getNodes());
    const inView = bounds.x >= -x / zoom && bounds.y >= -y / zoom && bounds.x + bounds.width <= (width - x) / zoom && bounds.y + bounds.height <= (height - y) / zoom;
    // The whole graph, however small that makes it on a phone: the search and the zoom buttons bring a part close.
    if (placedByLearner.current && inView) return;
    void flow.fitView({ padding: 0.08, maxZoom: 1, minZoom: 0.2, duration: reducedMotion() ? 0 : 200 });
  }, [paintedKey, boxSize, flow, store]);

  // Centre what the search found.
  const foundKey = [...search.nodeIds].join(",");
  useEffect(() => {
    if (foundKey === "" || !done) return;
    placedByLearner.current = true;
    void flow.fitView({ nodes: foundKey.split(",").map((id) => ({ id })), padding: 0.4, maxZoom: 1.2, duration: reducedMotion() ? 0 : 300 });
  }, [foundKey, done, flow]);

  const searchId = useId();
  const status =
    query.trim() === ""
      ? ""
      : search.matches.length === 0
        ? `No name “${query.trim()}” at this step`
        : search.matches.map((match) => `${match.name} (${match.where})`).join(", ");

  return (
    <div className={styles.heapGraph} data-testid="heap-graph" data-layout={done ? "done" : "pending"} data-layout-step={done ? step : undefined}>
      <div className={styles.toolbar}>
        <span className={styles.search}>
          <label htmlFor={searchId}>Find a name</label>
          <input id={searchId} type="search" value={query} onChange={(event) => setQuery(event.target.value)} autoComplete="off" spellCheck={false} />
        </span>
        <span className={styles.searchStatus} role="status">
          {status}
        </span>
        <GraphLegend />
        {model.hiddenObjects > 0 && <span className={styles.hidden}>{plural(model.hiddenObjects, "object")} inside summarised containers not drawn</span>}
      </div>
      {layout.error && <p className={styles.error}>{layout.error}</p>}
      <div className={styles.canvas}>
        <div className={styles.fill}>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          colorMode={resolvedTheme === "dark" ? "dark" : "light"}
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable={false}
          edgesFocusable={false}
          // The page scrolls past the graph; zoom with the buttons, a pinch, or Ctrl + wheel.
          zoomOnScroll={false}
          preventScrolling={false}
          minZoom={0.2}
          maxZoom={2}
          aria-label="Heap graph"
          onMoveStart={learnerMoved}
        >
          <Background variant={BackgroundVariant.Dots} gap={18} size={1} color="var(--border)" />
          <Controls
            showInteractive={false}
            onZoomIn={() => learnerMoved(true)}
            onZoomOut={() => learnerMoved(true)}
            onFitView={() => {
              placedByLearner.current = false;
            }}
          />
        </ReactFlow>
        </div>
      </div>
    </div>
  );
}
