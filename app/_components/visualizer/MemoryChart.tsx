"use client";

import { createContext, memo, useContext, useMemo, useState, type MouseEvent } from "react";
import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, XAxis, YAxis, usePlotArea, useXAxisInverseScale, useXAxisScale } from "recharts";
import type { Trace } from "@/engine/trace/schema";
import { byteAxisTicks, formatBytes } from "./byte-size";
import { belowZeroNote, generationName, memorySummary, memoryTimeline, peakText, stepTicks, type MemoryTimeline } from "./memory-timeline";
import styles from "./MemoryChart.module.css";

type Props = { trace: Trace; step: number; onStep(index: number): void };

/**
 * The step shown, read only by the cursor: stepping re-renders that one line, not the chart with
 * its thousands of points (Plot is memoised on the trace).
 */
const ShownStep = createContext(0);

/** Step s is drawn over [s, s + 1): its figure holds from the moment its line starts until the next one does. */
const centre = (step: number) => step + 0.5;

function StepCursor() {
  const step = useContext(ShownStep);
  const scale = useXAxisScale();
  const area = usePlotArea();
  const x = scale?.(centre(step));
  if (x === undefined || area === undefined) return null;
  return <line className={styles.cursor} x1={x} x2={x} y1={area.y} y2={area.y + area.height} />;
}

/**
 * The mouse's layer over the plot: hovering names the step under the pointer, clicking goes there.
 * Its own state, so hovering re-renders this layer only.
 */
function PointerLayer({ timeline, lines, onStep }: { timeline: MemoryTimeline; lines: readonly number[]; onStep(index: number): void }) {
  const [hovered, setHovered] = useState<number | null>(null);
  const inverse = useXAxisInverseScale();
  const scale = useXAxisScale();
  const area = usePlotArea();
  if (!inverse || !scale || !area) return null;
  const stepAt = (event: MouseEvent<SVGRectElement>) => {
    const svg = event.currentTarget.ownerSVGElement;
    if (!svg) return null;
    const value = Number(inverse(event.clientX - svg.getBoundingClientRect().left));
    return Number.isFinite(value) ? Math.max(0, Math.min(timeline.points.length - 1, Math.floor(value))) : null;
  };
  const point = hovered === null ? undefined : timeline.points[hovered];
  const x = hovered === null ? undefined : scale(centre(hovered));
  const collections = timeline.collections.filter((event) => event.step === hovered);
  // The readout sits right of the pointer, or left of it past the plot's middle.
  const width = 200;
  const onLeft = x !== undefined && x > area.x + area.width / 2;
  const left = onLeft ? (x ?? 0) - width - 8 : (x ?? 0) + 8;
  return (
    <g>
      {point && x !== undefined && hovered !== null && (
        <>
          <line className={styles.hover} x1={x} x2={x} y1={area.y} y2={area.y + area.height} />
          <foreignObject x={left} y={area.y} width={width} height={area.height} className={styles.readoutBox}>
            <div className={`${styles.tooltip} ${onLeft ? styles.onLeft : ""}`}>
              <strong>Step {hovered + 1}</strong> · line {lines[hovered]}
              <br />
              {point.current === null ? "no figure" : `${formatBytes(point.current)} in use`}
              {point.peak !== null && (
                <>
                  <br />
                  peak so far {formatBytes(point.peak)}
                </>
              )}
              {collections.map((event, index) => (
                <span key={index}>
                  <br />
                  {generationName(event.generation)} collected: {event.collected}
                </span>
              ))}
            </div>
          </foreignObject>
        </>
      )}
      <rect
        className={styles.pointer}
        x={area.x}
        y={area.y}
        width={area.width}
        height={area.height}
        onMouseMove={(event) => setHovered(stepAt(event))}
        onMouseLeave={() => setHovered(null)}
        onClick={(event) => {
          const step = stepAt(event);
          if (step !== null) onStep(step);
        }}
      />
    </g>
  );
}

/** An axis label: round figures without ".0", and unbroken ("2 KiB" never wraps onto two lines). */
const axisBytes = (bytes: number) => formatBytes(bytes).replace(".0 ", " ").replace(" ", "\u00a0");

/** The chart itself, drawn once per trace. */
const Plot = memo(function Plot({ timeline, lines, onStep }: { timeline: MemoryTimeline; lines: readonly number[]; onStep(index: number): void }) {
  const count = timeline.points.length;
  const lastPoint = timeline.points.at(-1);
  // stepAfter draws each figure up to the next point: one more point closes the last step's interval.
  const data = useMemo(() => (lastPoint ? [...timeline.points, { ...lastPoint, step: count }] : []), [timeline, lastPoint, count]);
  const figures = timeline.points.flatMap((point) => [point.current ?? 0, point.peak ?? 0]);
  const { ticks, domain } = byteAxisTicks(Math.min(...figures), Math.max(...figures));
  return (
    <ComposedChart className={styles.plot} responsive data={data} margin={{ top: 8, right: 12, bottom: 4, left: 4 }} accessibilityLayer={false}>
      <CartesianGrid className={styles.grid} strokeDasharray="3 3" />
      <XAxis
        dataKey="step"
        type="number"
        domain={[0, count]}
        ticks={stepTicks(count).map((number) => centre(number - 1))}
        tickFormatter={(x: number) => String(Math.floor(x) + 1)}
        className={styles.axis}
      />
      <YAxis ticks={ticks} domain={domain} tickFormatter={axisBytes} width={64} className={styles.axis} />
      {timeline.belowZero && <ReferenceLine y={0} className={styles.zero} />}
      <Area dataKey="current" type="stepAfter" className={styles.current} isAnimationActive={false} baseValue={0} activeDot={false} />
      <Line dataKey="peak" type="stepAfter" className={styles.peak} dot={false} activeDot={false} isAnimationActive={false} />
      {/* A collection runs during its step's line: its mark sits where that line ends and the next step begins. */}
      {timeline.collections.map((event, index) => (
        <ReferenceLine key={index} x={event.step + 1} className={styles.collection} />
      ))}
      <StepCursor />
      <PointerLayer timeline={timeline} lines={lines} onStep={onStep} />
    </ComposedChart>
  );
});

/**
 * Memory over time: tracemalloc's figure at every step, the peak so far, each garbage collection
 * marked where it ran, and a cursor on the step shown. Clicking the chart goes to that step; the
 * peak is a button away; the caption says in words what the chart shows.
 */
export function MemoryChart({ trace, step, onStep }: Props) {
  const timeline = useMemo(() => memoryTimeline(trace), [trace]);
  const lines = useMemo(() => trace.steps.map((each) => each.line), [trace]);
  const summary = memorySummary(timeline);
  const negative = belowZeroNote(timeline);
  const { peak } = timeline;

  if (peak === null) {
    return (
      <div data-testid="memory-chart" className={styles.chart}>
        <p className={styles.caption}>{summary}</p>
      </div>
    );
  }
  return (
    <div data-testid="memory-chart" className={styles.chart}>
      <figure className={styles.figure}>
        {/* Drawn for the eye and the mouse; the caption below carries the same for everyone. */}
        <div className={styles.canvas} aria-hidden="true">
          <ShownStep value={step}>
            <Plot timeline={timeline} lines={lines} onStep={onStep} />
          </ShownStep>
        </div>
        <figcaption className={styles.caption}>{summary}</figcaption>
      </figure>
      <ul className={styles.legend} aria-label="Legend">
        <li>
          <span className={`${styles.swatch} ${styles.swatchCurrent}`} aria-hidden="true" />
          In use ({timeline.source === "probe" ? "tracemalloc" : "the program's own tracemalloc, while it traced"})
        </li>
        <li>
          <span className={`${styles.swatch} ${styles.swatchPeak}`} aria-hidden="true" />
          Peak so far
        </li>
        <li>
          <span className={`${styles.swatch} ${styles.swatchCollection}`} aria-hidden="true" />
          Garbage collection ({timeline.collections.length})
        </li>
        <li>
          <span className={`${styles.swatch} ${styles.swatchCursor}`} aria-hidden="true" />
          Step shown
        </li>
      </ul>
      <p className={styles.actions}>
        <button type="button" onClick={() => onStep(peak.step)} aria-current={step === peak.step ? "step" : undefined}>
          Go to peak ({peakText(peak)})
        </button>
        {!peak.held && <span className={styles.hint}>reached while line {peak.line} ran</span>}
      </p>
      {negative && <p className={styles.note}>{negative}</p>}
    </div>
  );
}
