"use client";

import { useMemo, type CSSProperties } from "react";
import type { PythonVersion } from "@/engine/protocol";
import { pymallocModelOf } from "@/engine/pymalloc/from-trace";
import type { Trace } from "@/engine/trace/schema";
import { formatBytes } from "./byte-size";
import { pymallocView, sizeClassHue, type PoolCell } from "./pymalloc-view";
import styles from "./PymallocMap.module.css";

function poolTitle(pool: PoolCell): string {
  if (pool.sizeClass === null) return "empty pool";
  return `${pool.blockSize}-byte blocks: ${pool.blocksInUse} of ${pool.capacity} in use`;
}

/**
 * The run's small allocations through a model of CPython's obmalloc (engine/pymalloc): every arena
 * as a grid of its pools, each pool coloured by its size class and filled as far as its blocks are
 * used, and the size classes as a table. Labelled as a model: WebAssembly CPython has no pymalloc.
 */
export function PymallocMap({ trace, python }: { trace: Trace; python: PythonVersion }) {
  const model = useMemo(() => pymallocModelOf(trace, python), [trace, python]);
  const view = useMemo(() => (model ? pymallocView(model) : null), [model]);
  if (!model || !view) return <p className={styles.empty}>No model: tracemalloc was not tracing when this run ended (memory was not recorded, or the program ran tracemalloc itself, as memory_profiler does, and stopped it), so no small allocations are known to feed it.</p>;
  return (
    <div className={styles.map}>
      <p className={styles.label}>{model.label}</p>
      {view.sizeClasses.length === 0 ? (
        <p className={styles.empty}>No small block was live at the end of the run.</p>
      ) : (
        <div className={styles.body}>
          <p className={styles.summary} data-testid="pymalloc-summary">
            {view.summary}
          </p>
          <div className={styles.arenas}>
            {view.arenas.map((arena) => (
              // The grid is a picture of the table beside it, which screen readers get instead.
              <figure key={arena.slot} className={styles.arena} aria-hidden="true">
                <figcaption>
                  Arena {arena.slot} · {arena.pools.length} pools of {formatBytes(view.poolSize)}
                </figcaption>
                <div className={styles.pools}>
                  {arena.pools.map((pool, index) => (
                    <span
                      key={index}
                      className={pool.sizeClass === null ? styles.free : styles.pool}
                      title={poolTitle(pool)}
                      style={pool.sizeClass === null ? undefined : ({ "--hue": sizeClassHue(pool.sizeClass), "--fill": `${Math.max(pool.fill * 100, 4)}%` } as CSSProperties)}
                    />
                  ))}
                </div>
              </figure>
            ))}
            {view.arenasNotDrawn > 0 && <p className={styles.empty}>and {view.arenasNotDrawn.toLocaleString("en-US")} more arenas, counted in the table.</p>}
            <p className={styles.key} aria-hidden="true">
              <span className={styles.free} /> empty pool · <span className={styles.pool} style={{ "--hue": 210, "--fill": "50%" } as CSSProperties} /> a pool of one size class, filled as far as its blocks are in use
            </p>
          </div>
          <div className={styles.scroller} tabIndex={0} role="group" aria-label="Size classes in use">
            <table className={styles.table}>
              <caption className="visually-hidden">Size classes in use in the model</caption>
              <thead>
                <tr>
                  <th scope="col">Block size</th>
                  <th scope="col" className={styles.number}>
                    Blocks in use
                  </th>
                  <th scope="col" className={styles.number}>
                    Pools
                  </th>
                  <th scope="col" className={styles.number}>
                    Free blocks in them
                  </th>
                </tr>
              </thead>
              <tbody>
                {view.sizeClasses.map((row) => (
                  <tr key={row.sizeClass}>
                    <th scope="row">
                      <span className={styles.swatch} style={{ "--hue": sizeClassHue(row.sizeClass) } as CSSProperties} aria-hidden="true" />
                      {row.blockSize} bytes
                    </th>
                    <td className={styles.number}>{row.blocksInUse.toLocaleString("en-US")}</td>
                    <td className={styles.number}>{row.pools.toLocaleString("en-US")}</td>
                    <td className={styles.number}>{row.freeBlocks.toLocaleString("en-US")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </div>
  );
}
