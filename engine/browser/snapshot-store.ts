import { createStore, del, get, set } from "idb-keyval";
import type { PythonVersion } from "../protocol";

/**
 * Memory snapshots of a ready interpreter, kept in the browser's IndexedDB, one per Python version,
 * so that a second page or a new tab starts Python from it instead of booting CPython again.
 *
 * Only Pyodide 0.27+ can make and load snapshots (makeMemorySnapshot, _loadSnapshot): Python 3.11
 * (Pyodide 0.25) cannot, and starts from its files every time, which the browser still keeps
 * (immutable HTTP caching, and V8's cache of the compiled WebAssembly).
 */
export const SNAPSHOT_VERSIONS: ReadonlySet<PythonVersion> = new Set(["3.12", "3.13", "3.14"]);

/** The database and object store names; the e2e tests open them to corrupt a snapshot on purpose. */
export const SNAPSHOT_DATABASE = "heapwise-engine";
export const SNAPSHOT_STORE = "snapshots";

/**
 * A stored snapshot. `assetsUrl` holds the build hash of the files that made it: Pyodide refuses a
 * snapshot of another build, and the engine's Python files are part of it too. `sha256` catches a
 * record damaged in storage, which Pyodide would otherwise restore into a broken interpreter.
 */
export type StoredSnapshot = { assetsUrl: string; sha256: string; bytes: Uint8Array };

export type SnapshotLookup = { found: Uint8Array } | { missing: "none" | "other-build" | "damaged" | "unreadable" };

let store: ReturnType<typeof createStore> | null = null;
const snapshots = () => (store ??= createStore(SNAPSHOT_DATABASE, SNAPSHOT_STORE));

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

export async function readSnapshot(python: PythonVersion, assetsUrl: string): Promise<SnapshotLookup> {
  let record: StoredSnapshot | undefined;
  try {
    record = await get<StoredSnapshot>(python, snapshots());
  } catch {
    // IndexedDB can be unavailable (private modes, quota): Python then loads as on a first visit.
    return { missing: "unreadable" };
  }
  if (!record) return { missing: "none" };
  if (record.assetsUrl !== assetsUrl) return { missing: "other-build" };
  if (!(record.bytes instanceof Uint8Array) || (await sha256(record.bytes)) !== record.sha256) return { missing: "damaged" };
  return { found: record.bytes };
}

/** Replaces the version's snapshot (one per version: an old build's is overwritten, never kept). */
export async function storeSnapshot(python: PythonVersion, assetsUrl: string, bytes: Uint8Array): Promise<void> {
  const record: StoredSnapshot = { assetsUrl, sha256: await sha256(bytes), bytes };
  await set(python, record, snapshots());
}

export async function forgetSnapshot(python: PythonVersion): Promise<void> {
  await del(python, snapshots()).catch(() => {});
}
