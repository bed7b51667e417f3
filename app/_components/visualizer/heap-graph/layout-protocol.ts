import type { ElkNode } from "elkjs/lib/elk-api";

/** The page ↔ layout worker messages: one graph in, its positions (or ELK's error) out, matched by id. */
export type LayoutRequest = { id: number; graph: ElkNode };

export type LayoutResponse = { id: number; ok: true; positions: [string, { x: number; y: number }][] } | { id: number; ok: false; message: string };
