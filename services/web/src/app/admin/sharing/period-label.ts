/** A fixed period's label as the reporting API writes it: `2026-11`, `2026-Q4` or `2026`. */
export type FixedPeriod = { kind: 'month'; year: number; month: number } | { kind: 'quarter'; year: number; quarter: number } | { kind: 'year'; year: number };

export function parsePeriod(label: string): FixedPeriod | null {
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(label);
  if (month) return { kind: 'month', year: Number(month[1]), month: Number(month[2]) };
  const quarter = /^(\d{4})-Q([1-4])$/.exec(label);
  if (quarter) return { kind: 'quarter', year: Number(quarter[1]), quarter: Number(quarter[2]) };
  const year = /^(\d{4})$/.exec(label);
  return year ? { kind: 'year', year: Number(year[1]) } : null;
}

/** A month in words in the reader's language ("diciembre de 2026"), read at UTC so no zone shifts it. */
export function monthName(period: { year: number; month: number }, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(period.year, period.month - 1, 1));
}
