/**
 * Where a lesson editor's edits are kept: this browser's localStorage, one entry per lesson page and
 * starter code. The key holds a hash of the starter, so that when a lesson's code sample is rewritten
 * the learner's edits of the old sample are not restored over the new one (they are simply no longer
 * found), and two editors on a page never share an entry unless they start from the same code.
 */
const PREFIX = "heapwise:lesson-editor:";

/** FNV-1a, 32 bits: short, synchronous (the key is needed while rendering), and enough to tell samples apart. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

export function lessonEditorKey(pathname: string, starter: string): string {
  return `${PREFIX}${pathname}:${fnv1a(starter)}`;
}

/** The stored edit, or null; storage that is full, disabled or private-mode-only is as good as empty. */
export function loadEdit(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Keeps `code`, or forgets the entry when the code is the starter again. False when storage refused. */
export function storeEdit(key: string, code: string | null): boolean {
  try {
    if (code === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, code);
    return true;
  } catch {
    return false;
  }
}
