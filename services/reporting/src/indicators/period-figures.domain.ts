import { addDays, dayIn, type CalendarDay, type CaseStatus } from '@corredor/contracts';
import { atOnce, checkpointAt, filterSteps, mapSteps, type Steps } from '../cooperative/steps';
import { instantsOf, type ReportPeriod } from '../periods/report-period.domain';
import type { CaseFact, CentreFacts, ClaimStepFact, FactKind, FactWindow, IntakeAttachmentFact, ServiceFact, StatusChangeFact } from '../projection/reporting-facts';
import {
  ALL_FIGURES,
  CLAIM_AMOUNT_FIELDS,
  type AmountFlow,
  type ClaimAmountField,
  type FiguresWanted,
  type IndicatorId,
  type IndicatorUnits,
  type LabourClaimAmounts,
  type LabourClaimFlows,
  type MeasureId,
  type PeriodMeasures,
  type Unit,
} from './indicator-catalog';
import { LocalDays } from './local-days.domain';
import { medianOfCounts } from './median.domain';
import { fromCents, toCents } from './money.domain';
import { PersonServed } from './person-served.domain';
import { SameUnits } from './same-units.domain';

/** The category counted when a fact did not record one (a migratory situation, an interpretation's language). */
export const NOT_RECORDED = 'not-recorded';

/**
 * What a period's figures are computed from: the centre's facts over the window (CentreFacts) and,
 * for the claims among them, each one's latest step before the window (what it stood at when the
 * period began; none for a claim first recorded in it), from which what the period added is told.
 */
export type PeriodFacts = CentreFacts;

/** A centre's figures for a period, those asked for (FiguresWanted): indicators' units (categories only) and the measures beside them. */
export interface PeriodFigures<I extends IndicatorId = IndicatorId, M extends MeasureId = MeasureId> {
  units: Pick<IndicatorUnits, I>;
  measures: Pick<PeriodMeasures, M>;
}

/** The kinds of facts each figure is computed from: a report reads only those of its figures (every figure needs the cases). */
const FACTS_READ: { readonly [I in IndicatorId]: readonly FactKind[] } & { readonly [M in MeasureId]: readonly FactKind[] } = {
  'people-served': ['attachments', 'services'],
  'cases-opened': [],
  'cases-active': [],
  'cases-closed': [],
  'services-delivered': ['services'],
  'people-receiving-services': ['services'],
  interpretation: ['services'],
  referrals: ['referrals'],
  'labour-claims': ['claims'],
  'risk-flags': ['riskFlags'],
  labourClaimAmounts: ['claims'],
  labourClaimFlows: ['claims', 'claimsAtStart'],
  daysToFirstService: ['firstServices'],
};

/** The kinds of facts the figures asked for are computed from. */
export function factsRead(wanted: FiguresWanted): FactKind[] {
  return [...new Set<FactKind>(['cases', ...[...wanted.indicators, ...wanted.measures].flatMap((figure) => FACTS_READ[figure])])];
}

/** A report period's instants and days at the centre. */
export function factWindow(period: Pick<ReportPeriod, 'from' | 'to'>, timeZone: string): FactWindow {
  const { from, to } = instantsOf(period, timeZone);
  return { from, to, fromDay: period.from, toDay: period.to };
}

const DAY_MS = 86_400_000;

/** Status changes oldest first: as they are when already so (they are kept in the order heard of, mostly that), else a sorted copy. */
function byInstant(changes: readonly StatusChangeFact[]): readonly StatusChangeFact[] {
  for (let i = 1; i < changes.length; i++) {
    const [before, after] = [changes[i - 1], changes[i]];
    if (before && after && before.at.getTime() > after.at.getTime()) return [...changes].sort((a, b) => a.at.getTime() - b.at.getTime());
  }
  return changes;
}

/** The facts as the figures look them up: counted cases by id, and the attachments and services that count. */
interface FactIndex {
  cases: Map<string, CaseFact>;
  /** Attached to a counted case before the period's end. */
  attachments: IntakeAttachmentFact[];
  /** Not voided, of a counted case, delivered on a day of the period. */
  services: ServiceFact[];
}

function* indexFacts(facts: PeriodFacts, window: FactWindow): Steps<FactIndex> {
  const to = window.to.getTime();
  const cases = new Map<string, CaseFact>();
  let seen = 0;
  for (const kase of facts.cases) {
    cases.set(kase.caseId, kase);
    if (checkpointAt(++seen)) yield;
  }
  const attachments = yield* filterSteps(facts.attachments, (attachment) => cases.has(attachment.caseId) && attachment.attachedAt.getTime() < to);
  const services = yield* filterSteps(
    facts.services,
    (service) => !service.voided && cases.has(service.caseId) && service.deliveredOn >= window.fromDay && service.deliveredOn <= window.toDay,
  );
  return { cases, attachments, services };
}

/** Everything computed from the facts, counted cases only, over one window: each figure as steps (see cooperative/steps.ts). */
class Figures {
  private readonly from: number;
  private readonly to: number;
  private periodClaims: ClaimStepFact[] | null = null;

  constructor(
    private readonly facts: PeriodFacts,
    private readonly index: FactIndex,
    private readonly window: FactWindow,
    private readonly timeZone: string,
  ) {
    this.from = window.from.getTime();
    this.to = window.to.getTime();
  }

  *unitsOf(indicator: IndicatorId): Steps<readonly Unit[]> {
    switch (indicator) {
      case 'people-served':
        return yield* this.peopleServed();
      case 'cases-opened':
        return yield* this.casesOpened();
      case 'cases-active':
        return yield* this.casesActive();
      case 'cases-closed':
        return yield* this.casesClosed();
      case 'services-delivered': {
        const serviceType = new SameUnits('serviceType');
        return yield* mapSteps(this.index.services, (service) => serviceType.of(service.type));
      }
      case 'people-receiving-services':
        return yield* this.peopleReceivingServices();
      case 'interpretation':
        return yield* this.interpretation();
      case 'referrals':
        return yield* this.referrals();
      case 'labour-claims':
        return yield* mapSteps(yield* this.claims(), (claim) => ({ claimType: claim.claimType, authority: claim.authority, claimStatus: claim.status }));
      case 'risk-flags':
        return yield* this.riskFlags();
    }
  }

  private inPeriod(at: Date): boolean {
    const time = at.getTime();
    return time >= this.from && time < this.to;
  }

  private personOf(caseId: string): string {
    return this.index.cases.get(caseId)?.personId ?? '';
  }

  /**
   * People served: anyone with a case opened, a returning intake attached or a service delivered in
   * the period, once. `contact` is new when their first case at the centre opened in the period and
   * was not a returning person's; their categories are those of their latest case opened by the
   * period's end, the migratory situation that of their latest intake (first or returning) by then.
   */
  private *peopleServed(): Steps<Unit[]> {
    // Who was served, in the order first seen: then only their cases are looked at (a day's report serves few of the centre's people).
    const served = new Map<string, PersonServed | null>();
    const serve = (personId: string) => {
      if (!served.has(personId)) served.set(personId, null);
    };
    let seen = 0;
    for (const kase of this.facts.cases) {
      if (this.inPeriod(kase.openedAt)) serve(kase.personId);
      if (checkpointAt(++seen)) yield;
    }
    for (const attachment of this.index.attachments) {
      if (this.inPeriod(attachment.attachedAt)) serve(this.personOf(attachment.caseId));
      if (checkpointAt(++seen)) yield;
    }
    for (const service of this.index.services) {
      serve(this.personOf(service.caseId));
      if (checkpointAt(++seen)) yield;
    }
    for (const kase of this.facts.cases) {
      if (served.has(kase.personId)) {
        const person = served.get(kase.personId) ?? new PersonServed(kase);
        served.set(kase.personId, person);
        person.addCase(kase, this.to);
      }
      if (checkpointAt(++seen)) yield;
    }
    for (const attachment of this.index.attachments) {
      served.get(this.personOf(attachment.caseId))?.addIntake(attachment.attachedAt.getTime(), attachment.intakeId, attachment.migratoryStatus);
      if (checkpointAt(++seen)) yield;
    }
    const units: Unit[] = [];
    for (const person of served.values()) {
      if (checkpointAt(++seen)) yield;
      if (!person) continue;
      const profile = person.latest ?? person.first;
      const isNew = this.inPeriod(person.first.openedAt) && !person.first.returning;
      units.push({
        contact: isNew ? 'new' : 'returning',
        sex: profile.sex,
        ageBand: profile.ageBand,
        nationality: profile.nationality,
        language: profile.languages,
        migratoryStatus: (person.hasIntake ? person.intakeStatus : null) ?? NOT_RECORDED,
      });
    }
    return units;
  }

  private *casesOpened(): Steps<Unit[]> {
    const units: Unit[] = [];
    const priority = new SameUnits('priority');
    let seen = 0;
    for (const kase of this.facts.cases) {
      if (this.inPeriod(kase.openedAt)) units.push(priority.of(kase.priority));
      if (checkpointAt(++seen)) yield;
    }
    return units;
  }

  /** Cases not closed at some time in the period, by their status at its end. */
  private *casesActive(): Steps<Unit[]> {
    const units: Unit[] = [];
    const statusAtEnd = new SameUnits('status');
    let seen = 0;
    for (const kase of this.facts.cases) {
      if (checkpointAt(++seen)) yield;
      const opened = kase.openedAt.getTime();
      if (opened >= this.to) continue;
      const start = Math.max(this.from, opened);
      // Its status when its time in the period starts, whether it became anything but closed during it, and its status at the end.
      let startStatus: CaseStatus = 'open';
      let status: CaseStatus = 'open';
      let active = false;
      for (const change of byInstant(kase.statusChanges)) {
        const at = change.at.getTime();
        if (at >= this.to) break;
        status = change.to;
        if (at <= start) startStatus = change.to;
        else if (change.to !== 'closed') active = true;
      }
      if (active || startStatus !== 'closed') units.push(statusAtEnd.of(status));
    }
    return units;
  }

  private *casesClosed(): Steps<Unit[]> {
    const units: Unit[] = [];
    const outcome = new SameUnits('outcome');
    let seen = 0;
    for (const kase of this.facts.cases) {
      for (const closure of kase.closures) if (this.inPeriod(closure.at)) units.push(outcome.of(closure.outcome));
      if (checkpointAt(++seen)) yield;
    }
    return units;
  }

  private *peopleReceivingServices(): Steps<Unit[]> {
    const types = new Map<string, string[]>();
    let seen = 0;
    for (const service of this.index.services) {
      const personId = this.personOf(service.caseId);
      const received = types.get(personId);
      if (!received) types.set(personId, [service.type]);
      else if (!received.includes(service.type)) received.push(service.type);
      if (checkpointAt(++seen)) yield;
    }
    // One unit per set of types received (types are codes: none holds a comma).
    const made = new Map<string, Unit>();
    return yield* mapSteps(types.values(), (received) => {
      const key = received.sort().join(',');
      let unit = made.get(key);
      if (!unit) {
        unit = Object.freeze({ serviceType: Object.freeze(received) });
        made.set(key, unit);
      }
      return unit;
    });
  }

  private *interpretation(): Steps<Unit[]> {
    const units: Unit[] = [];
    const language = new SameUnits('language');
    let seen = 0;
    for (const service of this.index.services) {
      if (service.type === 'interpretation') units.push(language.of(service.language ?? NOT_RECORDED));
      if (checkpointAt(++seen)) yield;
    }
    return units;
  }

  private *referrals(): Steps<Unit[]> {
    const units: Unit[] = [];
    let seen = 0;
    for (const referral of this.facts.referrals) {
      if (checkpointAt(++seen)) yield;
      if (!this.index.cases.has(referral.caseId) || referral.madeAt === null || !this.inPeriod(referral.madeAt)) continue;
      if (referral.partnerId === null || referral.need === null) continue;
      units.push({ need: referral.need, partner: referral.partnerId, referralStatus: referral.status });
    }
    return units;
  }

  private *riskFlags(): Steps<Unit[]> {
    const units: Unit[] = [];
    let seen = 0;
    for (const flag of this.facts.riskFlags) {
      if (this.index.cases.has(flag.caseId) && this.inPeriod(flag.raisedAt)) units.push({ screen: flag.screen, level: flag.level, flag: flag.flag });
      if (checkpointAt(++seen)) yield;
    }
    return units;
  }

  /** The claims counted: of counted cases, their latest step before the period's end (computed once). */
  private *claims(): Steps<ClaimStepFact[]> {
    this.periodClaims ??= yield* filterSteps(this.facts.claims, (claim) => this.index.cases.has(claim.caseId) && claim.at.getTime() < this.to);
    return this.periodClaims;
  }

  /** Per currency, the claims' amounts as they stood at the period's end. */
  *labourClaimAmounts(): Steps<Record<string, LabourClaimAmounts>> {
    const byCurrency = new Map<string, { claims: number } & Record<ClaimAmountField, bigint>>();
    let seen = 0;
    for (const claim of yield* this.claims()) {
      const sums = byCurrency.get(claim.currency) ?? { claims: 0, claimed: 0n, agreed: 0n, awarded: 0n, received: 0n };
      byCurrency.set(claim.currency, sums);
      sums.claims += 1;
      for (const field of CLAIM_AMOUNT_FIELDS) sums[field] += cents(claim[field]);
      if (checkpointAt(++seen)) yield;
    }
    return Object.fromEntries(
      [...byCurrency.keys()].sort().map((currency) => {
        const sums = byCurrency.get(currency) ?? { claims: 0, claimed: 0n, agreed: 0n, awarded: 0n, received: 0n };
        return [currency, { claims: sums.claims, claimed: fromCents(sums.claimed), agreed: fromCents(sums.agreed), awarded: fromCents(sums.awarded), received: fromCents(sums.received) }];
      }),
    );
  }

  /**
   * Per currency, what each claim with a step in the period added to each amount (see
   * LabourClaimFlows): an amount claimed, agreed or awarded first recorded in the period, and what the
   * amount received grew by.
   */
  *labourClaimFlows(): Steps<Record<string, LabourClaimFlows>> {
    const atStart = new Map(this.facts.claimsAtStart.map((step) => [step.claimId, step]));
    const byCurrency = new Map<string, Record<ClaimAmountField, bigint[]>>();
    let seen = 0;
    for (const claim of yield* this.claims()) {
      const before = atStart.get(claim.claimId);
      const contributions = byCurrency.get(claim.currency) ?? { claimed: [], agreed: [], awarded: [], received: [] };
      byCurrency.set(claim.currency, contributions);
      for (const field of CLAIM_AMOUNT_FIELDS) {
        const amount = addedIn(field, before?.[field] ?? null, claim[field]);
        if (amount > 0n) contributions[field].push(amount);
      }
      if (checkpointAt(++seen)) yield;
    }
    return Object.fromEntries(
      [...byCurrency].sort(([a], [b]) => a.localeCompare(b)).map(([currency, contributions]) => [
        currency,
        { claimed: flowOf(contributions.claimed), agreed: flowOf(contributions.agreed), awarded: flowOf(contributions.awarded), received: flowOf(contributions.received) },
      ]),
    );
  }

  /** Days from a case's opening (its intake) to its first service, over the cases whose first service fell in the period. */
  *daysToFirstService(): Steps<PeriodMeasures['daysToFirstService']> {
    const served: Array<{ openedAt: Date; deliveredOn: CalendarDay }> = [];
    let earliest = Infinity;
    let seen = 0;
    for (const { caseId, deliveredOn } of this.facts.firstServices) {
      if (checkpointAt(++seen)) yield;
      const kase = this.index.cases.get(caseId);
      if (!kase || deliveredOn < this.window.fromDay || deliveredOn > this.window.toDay) continue;
      served.push({ openedAt: kase.openedAt, deliveredOn });
      earliest = Math.min(earliest, kase.openedAt.getTime());
    }
    if (served.length === 0) return { cases: 0, median: null };
    // The opening days of up to two years before the period are looked up once each; older ones one by one.
    const earliestDay = dayIn(new Date(earliest), this.timeZone);
    const span = addDays(this.window.fromDay, -731);
    const localDays = new LocalDays(earliestDay > span ? earliestDay : span, this.window.toDay, this.timeZone);
    const dayNumbers = new Map<CalendarDay, number>();
    const dayNumber = (day: CalendarDay) => {
      let number = dayNumbers.get(day);
      if (number === undefined) {
        number = Math.round(Date.parse(day) / DAY_MS);
        dayNumbers.set(day, number);
      }
      return number;
    };
    const days = new Map<number, number>();
    for (const { openedAt, deliveredOn } of served) {
      const waited = Math.max(0, dayNumber(deliveredOn) - dayNumber(localDays.dayOf(openedAt)));
      days.set(waited, (days.get(waited) ?? 0) + 1);
      if (checkpointAt(++seen)) yield;
    }
    return { cases: served.length, median: medianOfCounts(days, served.length) };
  }
}

const cents = (amount: string | null) => (amount === null ? 0n : toCents(amount));

/** What a claim added to an amount in the period, from its value when the period began (null: unknown, or no claim yet) and at its end. */
function addedIn(field: ClaimAmountField, atStart: string | null, atEnd: string | null): bigint {
  if (field === 'received') return cents(atEnd) - cents(atStart);
  return atStart === null && atEnd !== null ? toCents(atEnd) : 0n;
}

/** The claims' contributions to one amount (each above zero) as a flow. */
function flowOf(amounts: readonly bigint[]): AmountFlow {
  const sum = amounts.reduce((total, amount) => total + amount, 0n);
  const largest = amounts.reduce((max, amount) => (amount > max ? amount : max), 0n);
  return { sum: fromCents(sum), claims: amounts.length, largest: fromCents(largest) };
}

/**
 * The figures asked for, from a centre's facts (see PeriodFacts) over one window, as steps: the
 * index of the facts, then each indicator's units and each measure asked for, and nothing else.
 */
export function* periodFiguresSteps<I extends IndicatorId, M extends MeasureId>(
  facts: PeriodFacts,
  window: FactWindow,
  timeZone: string,
  wanted: FiguresWanted<I, M>,
): Steps<PeriodFigures<I, M>> {
  const figures = new Figures(facts, yield* indexFacts(facts, window), window, timeZone);
  const units: Partial<Record<IndicatorId, readonly Unit[]>> = {};
  for (const indicator of wanted.indicators) if (!units[indicator]) units[indicator] = yield* figures.unitsOf(indicator);
  const measures: Partial<PeriodMeasures> = {};
  for (const measure of wanted.measures) {
    if (measure === 'labourClaimAmounts') measures.labourClaimAmounts = yield* figures.labourClaimAmounts();
    else if (measure === 'labourClaimFlows') measures.labourClaimFlows = yield* figures.labourClaimFlows();
    else measures.daysToFirstService = yield* figures.daysToFirstService();
  }
  // Every key asked for was set above, and none other.
  return { units: units as Pick<IndicatorUnits, I>, measures: measures as Pick<PeriodMeasures, M> };
}

/** periodFiguresSteps run through at once (every figure, unless told which). */
export function periodFigures<I extends IndicatorId = IndicatorId, M extends MeasureId = MeasureId>(
  facts: PeriodFacts,
  window: FactWindow,
  timeZone: string,
  wanted: FiguresWanted<I, M> = ALL_FIGURES as FiguresWanted<I, M>,
): PeriodFigures<I, M> {
  return atOnce(periodFiguresSteps(facts, window, timeZone, wanted));
}
