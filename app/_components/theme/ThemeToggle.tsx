"use client";

import { useTheme } from "next-themes";
import { useSyncExternalStore } from "react";

const CHOICES = [
  { value: "system", label: "Theme: system" },
  { value: "light", label: "Theme: light" },
  { value: "dark", label: "Theme: dark" },
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
