"use client";

import { useMemo } from "react";
import type { Trace } from "@/engine/trace/schema";
import { collectionRows, formatDuration } from "./gc-collections";
import { generationName } from "./memory-timeline";
import styles from "./GcEventsTable.module.css";

type Props = { trace: Trace; step: number; onStep(index: number): void };

/**
 * Every garbage collection of the run: the step and line it ran on, the generation collected, what
 * it found, how long it took. Each row's step is a button to go there; the row of the step shown is marked.
 */
export function GcEventsTable({ trace, step, onStep }: Props) {
  const rows = useMemo(() => collectionRows(trace), [trace]);
  if (rows.length === 0) return <p className={styles.empty}>No collection ran.</p>;
  return (
    <div className={styles.scroller} tabIndex={0} role="group" aria-label="Garbage collections">
      <table className={styles.table}>
        <caption className="visually-hidden">Garbage collections, in the order they ran</caption>
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col">Line</th>
            <th scope="col">Collection</th>
            <th scope="col" className={styles.number}>
              Collected
            </th>
            <th scope="col" className={styles.number}>
              Uncollectable
            </th>
            <th scope="col" className={styles.number}>
              Duration
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const current = row.step === step;
            return (
              <tr key={index} className={current ? styles.current : undefined} aria-current={current ? "step" : undefined}>
                <td>
                  <button type="button" className={styles.go} onClick={() => onStep(row.step)} aria-label={`Go to step ${row.step + 1}`}>
                    {row.step + 1}
                  </button>
                </td>
                <td>{row.line}</td>
                <td>{generationName(row.generation)}</td>
                <td className={styles.number}>{row.collected.toLocaleString("en-US")}</td>
                <td className={`${styles.number} ${row.uncollectable > 0 ? styles.uncollectable : ""}`}>{row.uncollectable.toLocaleString("en-US")}</td>
                <td className={styles.number}>{formatDuration(row.durationMs)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
