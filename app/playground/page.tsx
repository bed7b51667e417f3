import type { Metadata } from "next";
import { Playground } from "./Playground";

export const metadata: Metadata = { title: "Playground" };

export default function PlaygroundPage() {
  return (
    <main id="main" className="playground">
      <h1>Playground</h1>
      <Playground />
    </main>
  );
}
