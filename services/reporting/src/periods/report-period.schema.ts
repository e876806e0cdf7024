import { z } from 'zod';
import { agreementStartDays, inReportYears, isRealDay, MAX_RANGE_YEARS, parsePeriod, rangeProblem, reportYears, type RangeProblem } from './report-period.domain';

/**
 * The bounds of what a report may be asked for, as the query schemas of the report routes apply
 * them: days and periods in the years 2000 to next year, ranges of at most five years, in order.
 * The messages name the bounds, never what the client sent. The schemas read the route's clock.
 */

const DAY_HINT = 'must be a date such as 2026-11-01';
const PERIOD_HINT = 'must be a period such as 2026-11 (a month), 2026-Q4, 2026, 2026-W48 (an ISO week) or 2026-11-24 (a day)';

const yearsHint = (now: Date) => {
  const { first, last } = reportYears(now);
  return `must be in a year from ${first} to ${last}`;
};

export const RANGE_MESSAGES: Record<RangeProblem, string> = {
  reversed: '"from" must not be after "to"',
  'too-long': `must make a range of at most ${MAX_RANGE_YEARS} years`,
};

/** Where a refinement reports problems: zod's refinement context, as far as these checks use it. */
interface IssueSink {
  addIssue(issue: { code: 'custom'; path?: PropertyKey[]; message: string }): void;
}

/** A day of a report: a real calendar day in the years reports may be asked for. */
export function reportDaySchema(clock: () => Date) {
  return z.iso.date({ error: DAY_HINT, abort: true }).superRefine((day, ctx) => {
    const now = clock();
    if (!inReportYears(day, now)) ctx.addIssue({ code: 'custom', message: yearsHint(now) });
  });
}

/** Checks a period label (`period`): one the service knows, in the years reports may be asked for. */
export function checkPeriodLabel(label: string, ctx: IssueSink, now: Date): void {
  if (parsePeriod(label) === null) ctx.addIssue({ code: 'custom', path: ['period'], message: PERIOD_HINT });
  else if (!inReportYears(label, now)) ctx.addIssue({ code: 'custom', path: ['period'], message: yearsHint(now) });
}

/**
 * Checks a range of days given by both ends: in order (a problem of `from`), at most five years long
 * (of `to`). A day that is none, or out of the years, is its own field's problem (reportDaySchema).
 */
export function checkRange(from: string, to: string, ctx: IssueSink, now: Date): void {
  if (![from, to].every((day) => isRealDay(day) && inReportYears(day, now))) return;
  const problem = rangeProblem(from, to);
  if (problem) ctx.addIssue({ code: 'custom', path: [problem === 'reversed' ? 'from' : 'to'], message: RANGE_MESSAGES[problem] });
}

/** The day a sharing agreement applies from: a real calendar day from 2000-01-01 to a year from today. */
export function agreementStartSchema(clock: () => Date) {
  return z.iso.date({ error: DAY_HINT, abort: true }).superRefine((day, ctx) => {
    const { first, last } = agreementStartDays(clock());
    if (day < first || day > last) ctx.addIssue({ code: 'custom', message: `must be a day from ${first} to a year from today` });
  });
}
