import type { Metadata } from "next";
import { Playground } from "./Playground";
import { EarlyEngineStart } from "@/app/_components/EarlyEngineStart";

export const metadata: Metadata = { title: "Playground" };

export default function PlaygroundPage() {
  return (
    <main id="main" className="playground">
      <h1>Playground</h1>
      <EarlyEngineStart />
      <Playground />
    </main>
  );
}
