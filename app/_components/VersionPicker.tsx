"use client";

import type { PythonVersion } from "@/engine/protocol";

/**
 * The Python version a block runs on, chosen from the versions it offers (an exercise offers only those
 * it is graded on). One version is shown as text: there is nothing to pick.
 */
export function VersionPicker({
  versions,
  value,
  onChange,
  disabled,
  className,
}: {
  versions: readonly PythonVersion[];
  value: PythonVersion;
  onChange: (version: PythonVersion) => void;
  disabled: boolean;
  className?: string;
}) {
  if (versions.length === 1) return <span className={className}>Python {value}</span>;
  return (
    <label className={className}>
      Python{" "}
      <select value={value} onChange={(event) => onChange(event.target.value as PythonVersion)} disabled={disabled} aria-label="Python version">
        {versions.map((version) => (
          <option key={version} value={version}>
            {version}
          </option>
        ))}
      </select>
    </label>
  );
}
