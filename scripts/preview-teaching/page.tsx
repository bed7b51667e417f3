/** The teacher's views with sample data, as one page: the browser entry scripts/preview-teaching.ts bundles. */
import { createRoot } from "react-dom/client";
import { AttemptHistory } from "@/app/_components/teaching/AttemptHistory";
import { PredictionsChart } from "@/app/_components/teaching/PredictionsChart";
import { attempts, predictions } from "./sample-data";
import "@/app/globals.css";

document.documentElement.dataset.theme = new URLSearchParams(location.search).get("theme") === "dark" ? "dark" : "light";
const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <main className="page">
      <h1>Teacher views (sample data)</h1>
      <h2>Eve&apos;s attempts at Collect the cycle</h2>
      <AttemptHistory attempts={attempts} />
      <h2>The class&apos;s predictions</h2>
      <PredictionsChart predictions={predictions} />
    </main>,
  );
}
