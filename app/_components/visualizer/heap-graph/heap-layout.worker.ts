import ELK from "elkjs/lib/elk.bundled.js";
import { positionsOf } from "./elk-graph";
import type { LayoutRequest, LayoutResponse } from "./layout-protocol";

/**
 * ELK in its own thread, so a 300-object layout never blocks the page's input or paint. The bundled
 * build runs ELK in this thread itself (no nested worker): this file is the worker.
 */
const elk = new ELK();
// The project compiles against the DOM's types, not the worker's: the two parts of the worker scope
// this file uses, typed here.
const scope = self as unknown as { onmessage: (event: MessageEvent<LayoutRequest>) => void; postMessage: (message: LayoutResponse) => void };

scope.onmessage = async ({ data }: MessageEvent<LayoutRequest>) => {
  let response: LayoutResponse;
  try {
    response = { id: data.id, ok: true, positions: [...positionsOf(await elk.layout(data.graph))] };
  } catch (error) {
    response = { id: data.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
};
