/**
 * The drawn size of every node, fixed in advance: ELK lays the graph out (in a worker, or in Node for
 * the bench) before anything is in the DOM, so a node's box is computed from what it shows rather
 * than measured. The node components draw exactly these boxes (rows of ROW_HEIGHT, text that does
 * not fit is cut with an ellipsis), so the layout never overlaps what the page paints.
 */
export const OBJECT_WIDTH = 210;
export const FRAME_WIDTH = 170;
/** One line of node text (0.75rem type at a fixed line height). */
export const ROW_HEIGHT = 18;
/** The row holding the "+N more" / "Show fewer" button: a button needs more than a line of text. */
export const BUTTON_ROW_HEIGHT = 26;
/** Frame titles are a little taller than a row. */
export const FRAME_TITLE_HEIGHT = 24;
/** Padding inside a node's border, and the border's width (emphasis is drawn outside the box, as a ring). */
export const NODE_PADDING = 6;
export const NODE_BORDER = 1;

export function objectHeight(textRows: number, buttonRows: number): number {
  return 2 * (NODE_PADDING + NODE_BORDER) + textRows * ROW_HEIGHT + buttonRows * BUTTON_ROW_HEIGHT;
}

export function frameHeight(names: number): number {
  return 2 * (NODE_PADDING + NODE_BORDER) + FRAME_TITLE_HEIGHT + Math.max(names, 1) * ROW_HEIGHT;
}

/** Where a frame's name row sits, from the node's top edge: its outgoing arrow leaves there. */
export function nameRowCentre(index: number): number {
  return NODE_PADDING + NODE_BORDER + FRAME_TITLE_HEIGHT + index * ROW_HEIGHT + ROW_HEIGHT / 2;
}
