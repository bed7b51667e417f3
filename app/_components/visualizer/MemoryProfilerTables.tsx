import type { MemoryProfilerTable } from "./memory-profiler-tables";
import styles from "./MemoryProfilerTables.module.css";

function ProfilerTable({ table, index }: { table: MemoryProfilerTable; index: number }) {
  const calls = table.rows.find((row) => row.occurrences !== null);
  return (
    <div className={styles.table}>
      <div className={styles.scroller} tabIndex={0} role="group" aria-label={`memory_profiler table ${index + 1}`}>
        <table>
          <caption>
            <code>@profile</code> of <code>{table.rows.find((row) => row.contents.trimStart().startsWith("def "))?.contents.trim().replace(/^def\s+/, "").replace(/:$/, "") ?? table.filename}</code>
            {calls === undefined && " (no line ran)"}
          </caption>
          <thead>
            <tr>
              <th scope="col">Line #</th>
              <th scope="col" className={styles.number}>
                Mem usage
              </th>
              <th scope="col" className={styles.number}>
                Increment
              </th>
              <th scope="col" className={styles.number}>
                Occurrences
              </th>
              <th scope="col">Line Contents</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.line}>
                <td className={styles.number}>{row.line}</td>
                <td className={styles.number}>{row.usage}</td>
                {/* Growth and release told apart by more than colour: the sign stays in the text. */}
                <td className={`${styles.number} ${row.incrementMiB !== null && row.incrementMiB > 0 ? styles.grew : ""} ${row.incrementMiB !== null && row.incrementMiB < 0 ? styles.shrank : ""}`}>
                  {row.increment}
                </td>
                <td className={styles.number}>{row.occurrences}</td>
                <td>
                  <code className={styles.source}>{row.contents}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {table.note && <p className={styles.note}>{table.note}</p>}
    </div>
  );
}

/**
 * The tables memory_profiler's `@profile` printed, as tables (memory-profiler-tables.ts reads them
 * out of stdout); nothing when the program printed none. The rest of stdout is shown as output.
 */
export function MemoryProfilerTables({ tables }: { tables: readonly MemoryProfilerTable[] }) {
  if (tables.length === 0) return null;
  return (
    <section className={styles.tables} aria-label="memory_profiler tables">
      {tables.map((table, index) => (
        <ProfilerTable key={index} table={table} index={index} />
      ))}
    </section>
  );
}
