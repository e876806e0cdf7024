import { inSlices, type SliceOptions } from '../cooperative/time-slices';
import type { ReportPeriod } from '../periods/report-period.domain';
import type { ReportingFactRepository } from '../projection/reporting-fact.repository';
import { ALL_FIGURES, type FiguresWanted, type IndicatorId, type MeasureId } from './indicator-catalog';
import { factsRead, factWindow, periodFiguresSteps, type PeriodFigures } from './period-figures.domain';

export type { PeriodFigures };

/**
 * Where every feature gets a centre's figures from (the in-centre report, what is shared with a
 * network): exact, unsuppressed, for any period of days at the centre, both ends included; those
 * asked for (every one, unless told which).
 */
export type PeriodFiguresSource = <I extends IndicatorId = IndicatorId, M extends MeasureId = MeasureId>(
  centre: string,
  period: Pick<ReportPeriod, 'from' | 'to'>,
  timeZone: string,
  wanted?: FiguresWanted<I, M>,
) => Promise<PeriodFigures<I, M>>;

/**
 * The figures of one store of facts (one generation of the projection), computed in slices of the
 * event loop (cooperative/time-slices.ts): a large centre's year takes a while, and the process
 * (every service, on `npm start`) goes on serving meanwhile.
 */
export function figuresOf(facts: Pick<ReportingFactRepository, 'factsOf'>, slices: SliceOptions = {}): PeriodFiguresSource {
  return async <I extends IndicatorId = IndicatorId, M extends MeasureId = MeasureId>(
    centre: string,
    period: Pick<ReportPeriod, 'from' | 'to'>,
    timeZone: string,
    wanted: FiguresWanted<I, M> = ALL_FIGURES as FiguresWanted<I, M>,
  ) => {
    const window = factWindow(period, timeZone);
    return inSlices(periodFiguresSteps(await facts.factsOf(centre, window, factsRead(wanted)), window, timeZone, wanted), slices);
  };
}
