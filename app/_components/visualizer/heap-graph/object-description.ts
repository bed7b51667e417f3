import type { HeapObject } from "@/engine/trace/schema";

/**
 * The words a node shows and reads out: its size, its generation, and the accessible name a screen
 * reader announces. Pure, so the same text is tested once and drawn everywhere.
 */

/** "24 B · 48 B on 64-bit" when the 64-bit figure differs; this interpreter's figure alone otherwise. */
export function sizeText(object: HeapObject, pointerSize: number): string {
  if (object.size === null) return "size not measured";
  const wide = sixtyFourBit(object, pointerSize);
  return wide === null ? `${object.size} B` : `${object.size} B · ${wide} B on 64-bit`;
}

export function sizeSpoken(object: HeapObject, pointerSize: number): string {
  if (object.size === null) return "size not measured (the class overrides __sizeof__)";
  const wide = sixtyFourBit(object, pointerSize);
  return wide === null ? `${object.size} bytes` : `${object.size} bytes (${wide} on 64-bit)`;
}

/** The 64-bit equivalent when it says something: null on a 64-bit interpreter, when unknown, or when equal. */
function sixtyFourBit(object: HeapObject, pointerSize: number): number | null {
  if (pointerSize >= 8 || object.size64 === null || object.size64 === object.size) return null;
  return object.size64;
}

export function generationText(object: HeapObject): string {
  if (!object.tracked) return "not tracked";
  return object.generation === null ? "tracked" : `gen ${object.generation}`;
}

function generationSpoken(object: HeapObject): string {
  if (!object.tracked) return "not tracked by the collector";
  return object.generation === null ? "tracked by the collector" : `generation ${object.generation}`;
}

/** True when the repr only repeats the type ("<Node object>"): reading it out adds nothing. */
function reprIsTypeOnly(object: HeapObject): boolean {
  return /^<[\w.]+ object(?: at 0x[0-9a-f]+)?>$/.test(object.repr);
}

/**
 * How an object leaves the graph: "freed", or for an immortal object (which CPython never frees)
 * "no longer referenced": no name or recorded object reaches it any more.
 */
export type Departure = "freed" | "no longer referenced";

export function departureOf(object: HeapObject): Departure {
  return object.immortal ? "no longer referenced" : "freed";
}

/**
 * The accessible name: it begins with the type name and holds "refcount N", e.g.
 * "Node, refcount 1, 24 bytes (48 on 64-bit), generation 0, unreachable cycle"; an object that
 * left the graph at this step ends with ", freed" (or ", no longer referenced" when immortal).
 */
export function objectAriaLabel(object: HeapObject, pointerSize: number, departure: Departure | null): string {
  const parts = [object.type + (reprIsTypeOnly(object) ? "" : ` ${object.repr}`), `refcount ${object.refcount}`];
  if (object.immortal) parts.push("immortal");
  parts.push(sizeSpoken(object, pointerSize), generationSpoken(object));
  if (object.unreachable) parts.push("unreachable cycle");
  if (departure) parts.push(departure);
  return parts.join(", ");
}

export const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** "Global frame, 3 names" or "Frame f, 2 names". */
export function frameAriaLabel(functionName: string | null, names: number): string {
  return `${functionName === null ? "Global frame" : `Frame ${functionName}`}, ${plural(names, "name")}`;
}
