"use client";

import { Handle, type Node, type NodeProps, Position } from "@xyflow/react";
import type { ObjectId } from "@/engine/trace/schema";
import type { ObjectNodeModel } from "./heap-graph-model";
import { BUTTON_ROW_HEIGHT, ROW_HEIGHT } from "./node-geometry";
import { generationText, plural, sizeText } from "./object-description";
import styles from "./HeapGraph.module.css";

export type ObjectNodeData = {
  node: ObjectNodeModel;
  pointerSize: number;
  /** A search for a name found this object. */
  found: boolean;
  onToggle: (id: ObjectId) => void;
};

export type ObjectFlowNode = Node<ObjectNodeData, "object">;

/**
 * One object: type and refcount, short repr, size (and its 64-bit equivalent), GC generation, and
 * what applies of: unreachable cycle, freed at this step, a container listed only in part, a summary
 * of its references with a button to show them all. Its box is the model's (node-geometry.ts).
 */
export function ObjectNode({ data }: NodeProps<ObjectFlowNode>) {
  const { node, pointerSize, found, onToggle } = data;
  const { object, departure } = node;
  const classes = [styles.node, styles.object, object.unreachable && styles.unreachable, departure && styles.departed, found && styles.found].filter(Boolean).join(" ");
  return (
    <div className={classes} style={{ width: node.width, height: node.height, ["--row" as string]: `${ROW_HEIGHT}px`, ["--button-row" as string]: `${BUTTON_ROW_HEIGHT}px` }}>
      <Handle type="target" position={Position.Left} isConnectable={false} className={styles.handle} />
      <div className={`${styles.row} ${styles.header}`}>
        <span className={styles.type} title={object.type}>
          {object.type}
        </span>
        {object.immortal ? (
          <span className={`${styles.badge} ${styles.immortal}`} title={`Immortal: CPython never frees it; sys.getrefcount reports ${object.refcount}`}>
            immortal
          </span>
        ) : (
          <span className={styles.badge} title="Reference count (sys.getrefcount, less its own argument)">
            refcount {object.refcount}
          </span>
        )}
      </div>
      <code className={`${styles.row} ${styles.repr}`} title={object.repr}>
        {object.repr}
      </code>
      <div className={`${styles.row} ${styles.meta}`}>
        <span title={object.size === null ? "The class overrides __sizeof__ in Python: its size is not measured" : "sys.getsizeof here (a 32-bit interpreter), and on 64-bit CPython"}>{sizeText(object, pointerSize)}</span>
        <span title="The collector's generation (gc.get_objects)">{generationText(object)}</span>
      </div>
      {(object.unreachable || departure) && (
        <div className={`${styles.row} ${styles.flags}`}>
          {object.unreachable && <span className={styles.cycleFlag}>unreachable cycle</span>}
          {departure && <span className={styles.departedFlag}>{departure}</span>}
        </div>
      )}
      {node.itemsNote && <div className={`${styles.row} ${styles.note}`}>{node.itemsNote}</div>}
      {node.unrecordedEdges > 0 && <div className={`${styles.row} ${styles.note}`}>{plural(node.unrecordedEdges, "reference")} not recorded</div>}
      {object.unexpanded && <div className={`${styles.row} ${styles.note}`}>references not walked (object budget)</div>}
      {(node.hiddenEdges > 0 || node.expanded) && (
        <div className={styles.buttonRow}>
          <button type="button" className={`nodrag nopan ${styles.more}`} aria-expanded={node.expanded} onClick={() => onToggle(object.id)}>
            {node.expanded ? "Show fewer" : `+${node.hiddenEdges} more`}
          </button>
        </div>
      )}
      <Handle type="source" position={Position.Right} isConnectable={false} className={styles.handle} />
    </div>
  );
}
