import type { ReportPeriod } from '../periods/report-period.domain';
import type { ReportingFactRepository } from '../projection/reporting-fact.repository';
import type { IndicatorUnits, PeriodMeasures } from './indicator-catalog';
import { factWindow, periodFigures } from './period-figures.domain';

/** A centre's figures for a period: every indicator's units (categories only) and the measures beside them. */
export interface PeriodFigures {
  units: IndicatorUnits;
  measures: PeriodMeasures;
}

/**
 * Where every feature gets a centre's figures from (the in-centre report, what is shared with a
 * network): exact, unsuppressed, for any period of days at the centre, both ends included.
 */
export type PeriodFiguresSource = (centre: string, period: Pick<ReportPeriod, 'from' | 'to'>, timeZone: string) => Promise<PeriodFigures>;

/** The figures of one store of facts (one generation of the projection). */
export function figuresOf(facts: Pick<ReportingFactRepository, 'factsOf'>): PeriodFiguresSource {
  return async (centre, period, timeZone) => {
    const window = factWindow(period, timeZone);
    return periodFigures(await facts.factsOf(centre, window), window, timeZone);
  };
}
