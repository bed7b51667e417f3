"use client";

import { defaultRangeExtractor, type Range, useVirtualizer } from "@tanstack/react-virtual";
import { type ReactNode, useLayoutEffect, useRef } from "react";
import type { OutputBuffer, Row } from "./output-buffer";
import styles from "./OutputPanel.module.css";

/** How close to the bottom (px) still counts as "at the end": the panel then follows new output. */
const FOLLOW_SLACK_PX = 24;
/**
 * Every row is one line high (13.5px × 1.5): long lines scroll sideways instead of wrapping, so the
 * virtualizer never measures a row. Measuring rows while a flood appends them kept the page in a loop
 * of layouts and froze it.
 */
const ROW_PX = 20;

const count = new Intl.NumberFormat("en");

/**
 * While the panel follows the output, the last lines are always rendered. The virtualizer learns the
 * scroll offset from a scroll event after the layout effect moved to the end; when output stops right
 * then (a program that prints and sleeps), that event could leave the range a few lines short of the
 * end until the learner scrolled (seen in CI: "196" shown, "199" printed).
 */
function withTailWhileFollowing(range: Range, following: boolean, viewportPx: number): number[] {
  const indexes = defaultRangeExtractor(range);
  if (!following || range.count === 0) return indexes;
  const tail = Math.ceil(viewportPx / ROW_PX) + range.overscan;
  const first = Math.max(0, range.count - tail);
  const present = new Set(indexes);
  for (let index = first; index < range.count; index++) if (!present.has(index)) indexes.push(index);
  return indexes.sort((a, b) => a - b);
}

function RowView({ row }: { row: Row }) {
  if (row.kind === "omitted") {
    return (
      <span className={styles.omitted} data-testid="output-omitted">
        … {count.format(row.lines)} lines left out here: only the first and last lines of a long output are shown …
      </span>
    );
  }
  return (
    <>
      {row.line.spans.map((span, index) => (
        <span key={index} className={span.stream === "stderr" ? styles.stderr : undefined} data-stream={span.stream}>
          {span.text}
        </span>
      ))}
      {row.line.cut > 0 && <span className={styles.omitted}> … {count.format(row.line.cut)} more characters on this line</span>}
    </>
  );
}

/**
 * A program's output, virtualised: only the lines in view are in the DOM, so the tab stays light
 * whatever the program prints. It follows the end of the output unless the learner has scrolled up.
 */
export function OutputPanel({ buffer, version, footer, fill }: { buffer: OutputBuffer; version: number; footer?: ReactNode; fill?: boolean }) {
  const scroller = useRef<HTMLDivElement>(null);
  const following = useRef(true);
  const lastTop = useRef(0);
  const rows = buffer.rows();
  // The React Compiler leaves this component unmemoised, as TanStack Virtual needs: it re-renders once
  // a frame at most while output streams (use-output-stream.ts).
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_PX,
    overscan: 10,
    rangeExtractor: (range) => withTailWhileFollowing(range, following.current, scroller.current?.clientHeight ?? 0),
    // Room above the first line and below the last, inside the scrolled height.
    paddingStart: 8,
    paddingEnd: 8,
    // Scrolling re-renders in the next frame, not synchronously inside the scroll event.
    useFlushSync: false,
  });

  // Straight to the bottom of what is laid out: the virtualizer's scrollToIndex re-measures over several
  // frames, which a flood turns into a loop of layouts.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (element && following.current) element.scrollTop = element.scrollHeight;
  }, [version]);

  // Only a move up stops following: output that grows the panel between a render and the scroll to
  // its end must not count as the learner leaving the end.
  const onScroll = () => {
    const element = scroller.current;
    if (!element) return;
    if (element.scrollTop + element.clientHeight >= element.scrollHeight - FOLLOW_SLACK_PX) following.current = true;
    else if (element.scrollTop < lastTop.current) following.current = false;
    lastTop.current = element.scrollTop;
  };

  return (
    <div className={fill ? `${styles.output} ${styles.fill}` : styles.output} data-testid="program-output">
      {/* Focusable so that keyboard users can scroll it. */}
      <div ref={scroller} className={styles.scroller} onScroll={onScroll} tabIndex={0} role="log" aria-label="Program output">
        <pre style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => (
            <span key={item.key} data-index={item.index} className={styles.row} style={{ transform: `translateY(${item.start}px)`, height: ROW_PX }}>
              <RowView row={rows[item.index] as Row} />
            </span>
          ))}
        </pre>
      </div>
      {buffer.omittedLines > 0 && (
        <p className={styles.note} data-testid="output-left-out">
          {count.format(buffer.omittedLines)} lines in the middle are not shown: the panel keeps the first {count.format(buffer.keptLines.head)} and the last{" "}
          {count.format(buffer.keptLines.tail)}.
        </p>
      )}
      {footer}
    </div>
  );
}
