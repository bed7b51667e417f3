import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { EngineProvider } from "./_components/EngineProvider";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Heapwise", template: "%s · Heapwise" },
  description: "Learn how CPython really manages memory, by running real CPython and watching it.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <Link href="/" className="brand">
            Heapwise
          </Link>
          <nav aria-label="Main">
            <Link href="/">Lessons</Link>
            <Link href="/playground">Playground</Link>
          </nav>
        </header>
        <EngineProvider>{children}</EngineProvider>
      </body>
    </html>
  );
}
