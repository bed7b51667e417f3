import type { Metadata } from "next";
import { EarlyEngineStart } from "@/app/_components/EarlyEngineStart";
import { Visualizer } from "@/app/_components/visualizer/Visualizer";
import { DEFAULT_PYTHON, isPythonVersion } from "@/engine/protocol";
import styles from "./visualize.module.css";

export const metadata: Metadata = {
  title: "Visualizer",
  description: "Step through a Python program on real CPython and watch its heap, refcounts, the garbage collector and memory over time.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** /visualize?python=3.12#code/<lz-string>: the version is read here, the program (in the fragment) by the page in the browser. */
export default async function VisualizePage({ searchParams }: Props) {
  const asked = (await searchParams).python;
  const python = typeof asked === "string" && isPythonVersion(asked) ? asked : DEFAULT_PYTHON;
  return (
    <main id="main" className={`page ${styles.page}`}>
      <h1>Visualizer</h1>
      <p className={styles.lead}>
        Your program runs on real CPython in this tab; every line is recorded. Step through it and watch names, objects,
        refcounts, the collector and memory change.
      </p>
      <EarlyEngineStart python={python} />
      <Visualizer key={python} initialPython={python} />
    </main>
  );
}
