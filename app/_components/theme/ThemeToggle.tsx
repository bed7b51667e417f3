"use client";

import { useTheme } from "next-themes";
import { useSyncExternalStore } from "react";

const CHOICES = [
  // Short labels keep the header on one line at phone width; the select's name says what they are.
  { value: "system", label: "◐ System" },
  { value: "light", label: "☀ Light" },
  { value: "dark", label: "☾ Dark" },
] as const;

const subscribeNever = () => () => {};

/** The theme picker in the header. Before hydration the stored choice is unknown, so "System" is shown. */
export function ThemeToggle() {
  const { theme, setTheme } = useTheme();
  const hydrated = useSyncExternalStore(subscribeNever, () => true, () => false);
  return (
    <label className="theme-toggle">
      <span className="visually-hidden">Colour theme</span>
      <select value={hydrated ? (theme ?? "system") : "system"} onChange={(event) => setTheme(event.target.value)}>
        {CHOICES.map(({ value, label }) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}
