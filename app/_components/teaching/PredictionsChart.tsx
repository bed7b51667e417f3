"use client";

import { useId } from "react";
import { Bar, BarChart, type BarShapeProps, LabelList, type LabelProps, Rectangle, ResponsiveContainer, XAxis, YAxis } from "recharts";
import type { ClassPrediction } from "@/app/_shared/teaching/class-progress";
import { QuestionText } from "../predict/QuestionText";
import { type AnswerBar, answerBars, cpythonSummary } from "./answer-bars";
import styles from "./PredictionsChart.module.css";

const BAR_ROW_PX = 34;
/** Roughly the width of one character of the axis and label text (0.8rem), to leave them room. */
const CHAR_PX = 7.5;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/**
 * Each bar filled by class, not by a fill attribute: the theme's variables then colour it in both
 * themes, and CPython's answer stands out (its label says so too, for those who do not see colour).
 */
function AnswerBarShape(props: BarShapeProps) {
  const bar = props.payload as AnswerBar | undefined;
  return <Rectangle {...props} className={bar?.cpython ? styles.cpythonBar : styles.bar} />;
}

/**
 * A bar's count (and CPython's mark) on one line just past its end. recharts' own label wraps text to
 * a width it guesses, which broke "3 · ✓ CPython" in two.
 */
function BarLabel({ viewBox, value }: LabelProps) {
  if (!viewBox || !("width" in viewBox)) return null;
  const { x = 0, y = 0, width = 0, height = 0 } = viewBox;
  return (
    <text x={x + width + 6} y={y + height / 2} dominantBaseline="central" className={styles.label}>
      {value}
    </text>
  );
}

/** The chart's bars in words, for the screen reader that meets the chart's image. */
function spoken(bars: AnswerBar[]): string {
  return bars.map((bar) => `${bar.answer}: ${plural(bar.count, "student")}${bar.cpython ? ` (${bar.cpython}'s answer)` : ""}`).join("; ");
}

function QuestionChart({ prediction }: { prediction: ClassPrediction }) {
  const headingId = useId();
  const bars = answerBars(prediction);
  const cpython = cpythonSummary(prediction.cpython);
  const longestAnswer = Math.max(...bars.map((bar) => bar.answer.length));
  const longestLabel = Math.max(...bars.map((bar) => bar.label.length));
  const maxCount = Math.max(1, ...bars.map((bar) => bar.count));
  return (
    <section className={styles.question} aria-labelledby={headingId} data-testid="prediction-chart" data-predict-id={prediction.predictId}>
      <h3 id={headingId} className={styles.heading}>
        <span className={styles.lesson}>{prediction.lessonTitle}</span>
        <span className={styles.questionText}>
          <QuestionText question={prediction.question} />
        </span>
      </h3>
      {cpython ? <p className={styles.cpython}>✓ {cpython}</p> : <p className={styles.none}>CPython&apos;s answer: not reported yet (no student has run it).</p>}
      {prediction.students === 0 ? (
        <p className={styles.none}>No student has predicted this yet.</p>
      ) : (
        <>
          <p className={styles.students}>{plural(prediction.students, "student")} predicted (each counted once, by their latest prediction).</p>
          <div className={styles.chart} role="img" aria-label={`Bar chart of the predictions: ${spoken(bars)}.`}>
            <ResponsiveContainer width="100%" height={bars.length * BAR_ROW_PX + 8}>
              <BarChart
                layout="vertical"
                data={bars}
                accessibilityLayer={false}
                margin={{ top: 4, bottom: 4, left: 4, right: Math.min(200, longestLabel * CHAR_PX + 12) }}
                barCategoryGap="22%"
              >
                <XAxis type="number" hide domain={[0, maxCount]} allowDecimals={false} />
                <YAxis type="category" dataKey="answer" width={Math.min(160, longestAnswer * CHAR_PX + 16)} tickLine={false} axisLine={false} tick={{ className: styles.tick }} />
                <Bar dataKey="count" shape={AnswerBarShape} isAnimationActive={false}>
                  <LabelList dataKey="label" content={BarLabel} />
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          </div>
          <details className={styles.table}>
            <summary>Show as table</summary>
            <table>
              <caption className="visually-hidden">Predictions on: {prediction.question}</caption>
              <thead>
                <tr>
                  <th scope="col">Answer</th>
                  <th scope="col">Students</th>
                  <th scope="col">CPython</th>
                </tr>
              </thead>
              <tbody>
                {bars.map((bar) => (
                  <tr key={bar.answer}>
                    <th scope="row">
                      <code>{bar.answer}</code>
                    </th>
                    <td>{bar.count}</td>
                    <td>{bar.cpython ? `✓ ${bar.cpython}` : ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  );
}

/**
 * How a class answered each predict-then-run question: a horizontal bar per answer, as long as the
 * number of students whose latest prediction it was, CPython's answer marked (per version when
 * versions disagree), and the same numbers as a table. recharts draws SVG in the browser only
 * (ResponsiveContainer measures its box), so this is a client component.
 */
export function PredictionsChart({ predictions }: { predictions: ClassPrediction[] }) {
  if (predictions.length === 0) return <p className={styles.none}>The course has no predict-then-run questions.</p>;
  return (
    <div className={styles.charts} data-testid="predictions-chart">
      {predictions.map((prediction) => (
        <QuestionChart key={prediction.predictId} prediction={prediction} />
      ))}
    </div>
  );
}
