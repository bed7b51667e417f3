"use client";

import { BaseEdge, type EdgeProps, getBezierPath } from "@xyflow/react";

/** How far a backward arrow swings out of its nodes' way, right of its source and left of its target. */
const SWING = 40;
/** How far below the lower end a backward arrow runs back, clear of the two nodes' boxes in most layouts. */
const DROP = 46;

/**
 * A reference as an arrow. Forward (the target laid out to the right, as ELK places most) it is a
 * plain curve; backward (a cycle's closing reference) it leaves its source to the right, runs back
 * below both nodes and enters its target from the left, instead of a curve drawn through them.
 */
export function ReferenceEdge({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, label, markerEnd, style, interactionWidth }: EdgeProps) {
  if (targetX >= sourceX - 10) {
    const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition });
    return <BaseEdge id={id} path={path} label={label} labelX={labelX} labelY={labelY} markerEnd={markerEnd} style={style} interactionWidth={interactionWidth} labelBgPadding={[3, 1]} />;
  }
  const low = Math.max(sourceY, targetY) + DROP;
  const path = [
    `M ${sourceX} ${sourceY}`,
    `C ${sourceX + SWING} ${sourceY} ${sourceX + SWING} ${low} ${sourceX} ${low}`,
    `L ${targetX} ${low}`,
    `C ${targetX - SWING} ${low} ${targetX - SWING} ${targetY} ${targetX} ${targetY}`,
  ].join(" ");
  return <BaseEdge id={id} path={path} label={label} labelX={(sourceX + targetX) / 2} labelY={low} markerEnd={markerEnd} style={style} interactionWidth={interactionWidth} labelBgPadding={[3, 1]} />;
}
