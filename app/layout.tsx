import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { engineAssetPaths } from "./_server/engine-assets";
import { AccountMenu } from "./_components/auth/AccountMenu";
import { EngineProvider } from "./_components/EngineProvider";
import { ThemeProvider } from "./_components/theme/ThemeProvider";
import { ThemeToggle } from "./_components/theme/ThemeToggle";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Heapwise", template: "%s · Heapwise" },
  description: "Learn how CPython really manages memory, by running real CPython and watching it.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // suppressHydrationWarning: next-themes sets data-theme on <html> before React hydrates.
    <html lang="en" suppressHydrationWarning>
      <body>
        <ThemeProvider>
          <a className="skip-link" href="#main">
            Skip to content
          </a>
          <header className="site-header">
            <Link href="/" className="brand">
              Heapwise
            </Link>
            <nav aria-label="Main">
              <Link href="/" className="nav-lessons">
                Lessons
              </Link>
              <Link href="/playground">Playground</Link>
              <Link href="/visualize">Visualizer</Link>
            </nav>
            <ThemeToggle />
            <AccountMenu />
          </header>
          <EngineProvider assetPaths={engineAssetPaths()}>{children}</EngineProvider>
        </ThemeProvider>
      </body>
    </html>
  );
}
