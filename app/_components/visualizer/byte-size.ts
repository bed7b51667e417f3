/**
 * A byte count as people read it, in binary units as tracemalloc and memory_profiler count them
 * (1 KiB = 1024 bytes): "812 B", "1.2 KiB", "3.40 MiB". Three significant figures at most, so a
 * figure that moves by a few bytes between runs does not look like a change. Negative counts keep
 * their sign (a true minus sign, which screen readers say as "minus").
 */
const UNITS = ["B", "KiB", "MiB", "GiB"] as const;

export function formatBytes(bytes: number): string {
  const sign = bytes < 0 ? "−" : "";
  let value = Math.abs(bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return `${sign}${value} B`;
  const digits = value < 10 ? 1 : 0;
  // 1023.6 KiB rounds to "1024 KiB": say "1.0 MiB" instead.
  const shown = Number(value.toFixed(digits));
  if (shown >= 1024 && unit < UNITS.length - 1) return `${sign}1.0 ${UNITS[unit + 1]}`;
  return `${sign}${shown.toFixed(digits)} ${UNITS[unit]}`;
}

/** 1, 2 or 5 times a power of ten: the steps an axis reads easily. */
function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const scaled = rough / power;
  return (scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10) * power;
}

/**
 * Ticks for an axis of byte counts from `min` to `max`, at round numbers of the unit formatBytes
 * will print them in (2 KiB, not 2.9 KiB for 3000 bytes), always including 0; and the domain they span.
 */
export function byteAxisTicks(min: number, max: number, most = 5): { ticks: number[]; domain: [number, number] } {
  const low = Math.min(0, min);
  const high = Math.max(0, max);
  const span = Math.max(high - low, 1);
  let unit = 1;
  while (unit < 1024 ** 3 && span / (unit * 1024) >= 1) unit *= 1024;
  const step = niceStep(span / unit / Math.max(1, most - 1)) * unit;
  const first = Math.floor(low / step) * step;
  const last = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  for (let tick = first; tick <= last + step / 2; tick += step) ticks.push(Math.round(tick));
  return { ticks, domain: [first, last] };
}
