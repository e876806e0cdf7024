/** The value below which p percent of the (ascending) samples fall: nearest rank. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** Milliseconds as printed in the benchmarks' tables. */
export const ms = (value: number) => `${value.toFixed(1)} ms`;

/** Kilobytes (process.resourceUsage().maxRSS) as mebibytes. */
export const mib = (kilobytes: number) => `${(kilobytes / 1024).toFixed(0)} MiB`;
