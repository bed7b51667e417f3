import styles from "./HeapGraph.module.css";

/** What the graph's marks mean. The swatches are decoration: each item's text says it. */
export function GraphLegend() {
  return (
    <ul className={styles.legend} aria-label="Legend">
      <li>
        <span className={`${styles.swatch} ${styles.swatchName}`} aria-hidden="true" /> name
      </li>
      <li>
        <span className={`${styles.swatch} ${styles.swatchWeak}`} aria-hidden="true" /> weak reference
      </li>
      <li>
        <span className={`${styles.swatch} ${styles.swatchCycle}`} aria-hidden="true" /> unreachable cycle
      </li>
      <li>
        <span className={`${styles.swatch} ${styles.swatchFreed}`} aria-hidden="true" /> freed at this step
      </li>
    </ul>
  );
}
