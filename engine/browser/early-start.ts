import type { PythonVersion } from "../protocol";

/**
 * Starting Python before the page's JavaScript has loaded. Pages with editors carry a small inline
 * script (earlyStartScript) that the browser runs while it parses the HTML: it creates the version's
 * worker and asks it to load, so Pyodide's files download and its WebAssembly compiles while the
 * page's own bundles, React and Monaco are still being fetched and parsed. The worker's first messages
 * are queued until BrowserEngine adopts it (adoptEarlyWorker) on its first load().
 */
const GLOBAL = "__heapwiseEarlyEngine";

export type EarlyWorker = {
  python: PythonVersion;
  assetsUrl: string;
  worker: Worker;
  interrupt: Int32Array | null;
  /** Messages and errors the worker sent before the page adopted it, in order. */
  queued: Event[];
};

/**
 * The inline script's source. Plain ES2020 written out, not a serialised function, so that no
 * bundler helper can end up in it; it does what BrowserEngine.load() does (the same worker URL,
 * name, interrupt buffer and "load" message), and on any error leaves the work to the page.
 */
export function earlyStartScript(python: PythonVersion, assetsPath: string): string {
  // JSON is valid JavaScript; "<" is escaped so that nothing in it can close the script element.
  const data = JSON.stringify({ python, assetsPath }).replace(/</g, "\\u003c");
  // It does nothing once the page has started its own engines (a script run again on navigation).
  return `(function(){try{if(window.${GLOBAL})return;var d=${data};var url=new URL(d.assetsPath,location.origin).href;
var w=new Worker(url+"/engine-worker.mjs",{type:"module",name:"python-"+d.python});
var i=typeof SharedArrayBuffer==="function"&&self.crossOriginIsolated?new Int32Array(new SharedArrayBuffer(4)):null;
var q=[];w.onmessage=function(e){q.push(e)};w.onerror=function(e){q.push(e)};
w.postMessage({type:"load",python:d.python,assetsUrl:url,interruptBuffer:i});
window.${GLOBAL}={python:d.python,assetsUrl:url,worker:w,interrupt:i,queued:q};}catch(e){}})();`;
}

/**
 * The worker the inline script started for this version and these files; else null. Called on the
 * page's first load() of any version: from then on the page starts its own workers, and an early
 * worker for another version is ended rather than left loading for nothing.
 */
export function adoptEarlyWorker(python: PythonVersion, assetsUrl: string): EarlyWorker | null {
  const scope = window as unknown as Record<string, EarlyWorker | "adopted" | undefined>;
  const early = scope[GLOBAL];
  scope[GLOBAL] = "adopted";
  if (!early || early === "adopted") return null;
  if (early.python === python && early.assetsUrl === assetsUrl) return early;
  early.worker.terminate();
  return null;
}
