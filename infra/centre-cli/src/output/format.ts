import type { CentreChange } from '../api/api.schemas';

export function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return `${seconds >= 10 ? Math.round(seconds) : seconds.toFixed(1)} s`;
}

/** A value of a change as an operator reads it: `[es, ht]`, `{ email: x }`, `(none)`. */
export function formatValue(value: unknown): string {
  if (value === undefined || value === null) return '(none)';
  if (Array.isArray(value)) return `[${value.map(formatValue).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([key, item]) => `${key}: ${formatValue(item)}`).join(', ')} }`;
  }
  return String(value);
}

export function formatChange(change: CentreChange): string {
  return `${change.field} ${formatValue(change.from)} → ${formatValue(change.to)}`;
}

/** `2026-11-30 15:00 UTC` (or `15:00:07` to the second); anything unparseable as it came. */
export function formatTimestamp(iso: string, precision: 'minute' | 'second' = 'minute'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, precision === 'minute' ? 16 : 19).replace('T', ' ')} UTC`;
}

const counts = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** `12,345` */
export function formatCount(value: number): string {
  return counts.format(value);
}

/** `40 s`, `3 min`, `2 h 5 min`: a time to come, as a person would round it. */
export function formatApproxDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  if (whole < 60) return `${whole} s`;
  const minutes = Math.round(whole / 60);
  if (minutes < 60) return `${minutes} min`;
  return minutes % 60 === 0 ? `${minutes / 60} h` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** `4.2 s`, `61 s`, `12 min 5 s`, `2 h 5 min`: how long something took. */
export function formatElapsed(seconds: number): string {
  if (seconds < 100) return formatSeconds(seconds * 1000);
  const whole = Math.round(seconds);
  if (whole < 3600) return `${Math.floor(whole / 60)} min ${whole % 60} s`;
  return `${Math.floor(whole / 3600)} h ${Math.floor((whole % 3600) / 60)} min`;
}

/** Columns padded to their widest cell; the first row is the header. */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, column) => (widths[column] = Math.max(widths[column] ?? 0, cell.length)));
  return rows.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0))).join('  ')).join('\n');
}
