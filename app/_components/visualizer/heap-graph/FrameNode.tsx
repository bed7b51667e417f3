"use client";

import { Handle, type Node, type NodeProps, Position } from "@xyflow/react";
import { type FrameNodeModel, nameHandleId } from "./heap-graph-model";
import { NODE_BORDER, ROW_HEIGHT, nameRowCentre } from "./node-geometry";
import styles from "./HeapGraph.module.css";

export type FrameNodeData = { node: FrameNodeModel };

export type FrameFlowNode = Node<FrameNodeData, "frame">;

/** A frame's names, one row each, each row's arrow leaving from its right edge towards its object. */
export function FrameNode({ data }: NodeProps<FrameFlowNode>) {
  const { node } = data;
  return (
    <div className={`${styles.node} ${styles.frame} ${node.current ? styles.currentFrame : ""}`} style={{ width: node.width, height: node.height, ["--row" as string]: `${ROW_HEIGHT}px` }}>
      <div className={styles.frameTitle}>
        {node.function === null ? (
          "Global frame"
        ) : (
          <>
            <code>{node.function}</code> <span className={styles.line}>line {node.line}</span>
          </>
        )}
      </div>
      {node.names.length === 0 && <div className={`${styles.row} ${styles.note}`}>no names yet</div>}
      {node.names.map((row, index) => (
        <div key={row.name} className={`${styles.row} ${styles.name}`}>
          <code title={row.name}>{row.name}</code>
          {row.recorded ? (
            <Handle type="source" id={nameHandleId(row.name)} position={Position.Right} isConnectable={false} className={styles.handle} style={{ top: nameRowCentre(index) - NODE_BORDER }} />
          ) : (
            <span className={styles.note} title="The step's object budget ran out before this object">
              not recorded
            </span>
          )}
        </div>
      ))}
    </div>
  );
}
