import { addDays, dayIn, type CalendarDay, type CaseStatus } from '@corredor/contracts';
import { instantsOf, type ReportPeriod } from '../periods/report-period.domain';
import type { CaseFact, CentreFacts, ClaimStepFact, FactWindow, IntakeAttachmentFact, ServiceFact } from '../projection/reporting-facts';
import { CLAIM_AMOUNT_FIELDS, type AmountFlow, type ClaimAmountField, type IndicatorUnits, type LabourClaimAmounts, type LabourClaimFlows, type PeriodMeasures, type Unit } from './indicator-catalog';
import { LocalDays } from './local-days.domain';
import { fromCents, sumAmounts, toCents } from './money.domain';

/** The category counted when a fact did not record one (a migratory situation, an interpretation's language). */
export const NOT_RECORDED = 'not-recorded';

/**
 * What a period's figures are computed from: the centre's facts over the window (CentreFacts) and,
 * for the claims among them, each one's latest step before the window (what it stood at when the
 * period began; none for a claim first recorded in it), from which what the period added is told.
 */
export type PeriodFacts = CentreFacts;

/** A report period's instants and days at the centre. */
export function factWindow(period: Pick<ReportPeriod, 'from' | 'to'>, timeZone: string): FactWindow {
  const { from, to } = instantsOf(period, timeZone);
  return { from, to, fromDay: period.from, toDay: period.to };
}

const DAY_MS = 86_400_000;
const daysBetween = (from: CalendarDay, to: CalendarDay) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

/** The later of two facts by instant, then by id, so that ties never depend on the order facts were read in. */
function later<T>(a: T | undefined, b: T, at: (x: T) => number, id: (x: T) => string): T {
  if (a === undefined) return b;
  const [x, y] = [at(a), at(b)];
  return y > x || (y === x && id(b) > id(a)) ? b : a;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

/** Everything computed from the facts, counted cases only, over one window. */
class Figures {
  private readonly from: number;
  private readonly to: number;
  private readonly cases: Map<string, CaseFact>;
  private readonly casesByPerson = new Map<string, CaseFact[]>();
  private readonly attachmentsByPerson = new Map<string, IntakeAttachmentFact[]>();
  private readonly attachments: IntakeAttachmentFact[];
  private readonly services: ServiceFact[];

  constructor(
    private readonly facts: PeriodFacts,
    private readonly window: FactWindow,
    private readonly timeZone: string,
  ) {
    this.from = window.from.getTime();
    this.to = window.to.getTime();
    this.cases = new Map(facts.cases.map((kase) => [kase.caseId, kase]));
    for (const kase of facts.cases) push(this.casesByPerson, kase.personId, kase);
    this.attachments = facts.attachments.filter((attachment) => this.cases.has(attachment.caseId) && attachment.attachedAt.getTime() < this.to);
    for (const attachment of this.attachments) push(this.attachmentsByPerson, this.personOf(attachment.caseId), attachment);
    this.services = facts.services.filter(
      (service) => !service.voided && this.cases.has(service.caseId) && service.deliveredOn >= window.fromDay && service.deliveredOn <= window.toDay,
    );
  }

  private inPeriod(at: Date): boolean {
    const time = at.getTime();
    return time >= this.from && time < this.to;
  }

  private personOf(caseId: string): string {
    return this.cases.get(caseId)?.personId ?? '';
  }

  /**
   * People served: anyone with a case opened, a returning intake attached or a service delivered in
   * the period, once. `contact` is new when their first case at the centre opened in the period and
   * was not a returning person's; their categories are those of their latest case opened by the
   * period's end, the migratory situation that of their latest intake (first or returning) by then.
   */
  peopleServed(): Unit[] {
    const served = new Set<string>();
    for (const kase of this.facts.cases) if (this.inPeriod(kase.openedAt)) served.add(kase.personId);
    for (const attachment of this.attachments) if (this.inPeriod(attachment.attachedAt)) served.add(this.personOf(attachment.caseId));
    for (const service of this.services) served.add(this.personOf(service.caseId));
    return [...served].flatMap((personId) => {
      const own = this.casesByPerson.get(personId) ?? [];
      let first: CaseFact | undefined;
      let latest: CaseFact | undefined;
      let intake: { at: number; id: string; status: string | null } | undefined;
      for (const kase of own) {
        const opened = kase.openedAt.getTime();
        first = first === undefined || opened < first.openedAt.getTime() || (opened === first.openedAt.getTime() && kase.caseId < first.caseId) ? kase : first;
        if (opened >= this.to) continue;
        latest = later(latest, kase, (c) => c.openedAt.getTime(), (c) => c.caseId);
        intake = later(intake, { at: opened, id: kase.caseId, status: kase.migratoryStatus }, (i) => i.at, (i) => i.id);
      }
      for (const attachment of this.attachmentsByPerson.get(personId) ?? []) {
        intake = later(intake, { at: attachment.attachedAt.getTime(), id: attachment.intakeId, status: attachment.migratoryStatus }, (i) => i.at, (i) => i.id);
      }
      const profile = latest ?? first;
      if (!first || !profile) return [];
      const isNew = this.inPeriod(first.openedAt) && !first.returning;
      return [
        {
          contact: isNew ? 'new' : 'returning',
          sex: profile.sex,
          ageBand: profile.ageBand,
          nationality: profile.nationality,
          language: [...profile.languages],
          migratoryStatus: intake?.status ?? NOT_RECORDED,
        },
      ];
    });
  }

  casesOpened(): Unit[] {
    return this.facts.cases.filter((kase) => this.inPeriod(kase.openedAt)).map((kase) => ({ priority: kase.priority }));
  }

  /** Cases not closed at some time in the period, by their status at its end. */
  casesActive(): Unit[] {
    const units: Unit[] = [];
    for (const kase of this.facts.cases) {
      const opened = kase.openedAt.getTime();
      if (opened >= this.to) continue;
      const changes = kase.statusChanges.length > 1 ? [...kase.statusChanges].sort((a, b) => a.at.getTime() - b.at.getTime()) : kase.statusChanges;
      const start = Math.max(this.from, opened);
      // Its status when its time in the period starts, whether it became anything but closed during it, and its status at the end.
      let startStatus: CaseStatus = 'open';
      let status: CaseStatus = 'open';
      let active = false;
      for (const change of changes) {
        const at = change.at.getTime();
        if (at >= this.to) break;
        status = change.to;
        if (at <= start) startStatus = change.to;
        else if (change.to !== 'closed') active = true;
      }
      if (active || startStatus !== 'closed') units.push({ status });
    }
    return units;
  }

  casesClosed(): Unit[] {
    return this.facts.cases.flatMap((kase) => kase.closures.filter((closure) => this.inPeriod(closure.at)).map((closure) => ({ outcome: closure.outcome })));
  }

  servicesDelivered(): Unit[] {
    return this.services.map((service) => ({ serviceType: service.type }));
  }

  peopleReceivingServices(): Unit[] {
    const types = new Map<string, Set<string>>();
    for (const service of this.services) {
      const personId = this.personOf(service.caseId);
      types.set(personId, (types.get(personId) ?? new Set<string>()).add(service.type));
    }
    return [...types.values()].map((received) => ({ serviceType: [...received].sort() }));
  }

  interpretation(): Unit[] {
    return this.services.filter((service) => service.type === 'interpretation').map((service) => ({ language: service.language ?? NOT_RECORDED }));
  }

  referrals(): Unit[] {
    return this.facts.referrals.flatMap((referral) => {
      if (!this.cases.has(referral.caseId) || referral.madeAt === null || !this.inPeriod(referral.madeAt)) return [];
      if (referral.partnerId === null || referral.need === null) return [];
      return [{ need: referral.need, partner: referral.partnerId, referralStatus: referral.status }];
    });
  }

  private claims(): ClaimStepFact[] {
    return this.facts.claims.filter((claim) => this.cases.has(claim.caseId) && claim.at.getTime() < this.to);
  }

  labourClaims(): Unit[] {
    return this.claims().map((claim) => ({ claimType: claim.claimType, authority: claim.authority, claimStatus: claim.status }));
  }

  riskFlags(): Unit[] {
    return this.facts.riskFlags
      .filter((flag) => this.cases.has(flag.caseId) && this.inPeriod(flag.raisedAt))
      .map((flag) => ({ screen: flag.screen, level: flag.level, flag: flag.flag }));
  }

  /** Per currency, the claims' amounts as they stood at the period's end. */
  labourClaimAmounts(): Record<string, LabourClaimAmounts> {
    const byCurrency = new Map<string, ClaimStepFact[]>();
    for (const claim of this.claims()) push(byCurrency, claim.currency, claim);
    return Object.fromEntries(
      [...byCurrency.keys()].sort().map((currency) => {
        const claims = byCurrency.get(currency) ?? [];
        return [
          currency,
          {
            claims: claims.length,
            claimed: sumAmounts(claims.map((c) => c.claimed)),
            agreed: sumAmounts(claims.map((c) => c.agreed)),
            awarded: sumAmounts(claims.map((c) => c.awarded)),
            received: sumAmounts(claims.map((c) => c.received)),
          },
        ];
      }),
    );
  }

  /**
   * Per currency, what each claim with a step in the period added to each amount (see
   * LabourClaimFlows): an amount claimed, agreed or awarded first recorded in the period, and what the
   * amount received grew by.
   */
  labourClaimFlows(): Record<string, LabourClaimFlows> {
    const atStart = new Map(this.facts.claimsAtStart.map((step) => [step.claimId, step]));
    const byCurrency = new Map<string, Record<ClaimAmountField, bigint[]>>();
    for (const claim of this.claims()) {
      const before = atStart.get(claim.claimId);
      const contributions = byCurrency.get(claim.currency) ?? { claimed: [], agreed: [], awarded: [], received: [] };
      byCurrency.set(claim.currency, contributions);
      for (const field of CLAIM_AMOUNT_FIELDS) {
        const amount = addedIn(field, before?.[field] ?? null, claim[field]);
        if (amount > 0n) contributions[field].push(amount);
      }
    }
    return Object.fromEntries(
      [...byCurrency].sort(([a], [b]) => a.localeCompare(b)).map(([currency, contributions]) => [
        currency,
        { claimed: flowOf(contributions.claimed), agreed: flowOf(contributions.agreed), awarded: flowOf(contributions.awarded), received: flowOf(contributions.received) },
      ]),
    );
  }

  /** Days from a case's opening (its intake) to its first service, over the cases whose first service fell in the period. */
  daysToFirstService(): PeriodMeasures['daysToFirstService'] {
    const served = this.facts.firstServices.flatMap(({ caseId, deliveredOn }) => {
      const kase = this.cases.get(caseId);
      return kase && deliveredOn >= this.window.fromDay && deliveredOn <= this.window.toDay ? [{ openedAt: kase.openedAt, deliveredOn }] : [];
    });
    if (served.length === 0) return { cases: 0, median: null };
    // The opening days of up to two years before the period are looked up once each; older ones one by one.
    const earliest = dayIn(new Date(Math.min(...served.map((s) => s.openedAt.getTime()))), this.timeZone);
    const span = addDays(this.window.fromDay, -731);
    const localDays = new LocalDays(earliest > span ? earliest : span, this.window.toDay, this.timeZone);
    const days = served.map(({ openedAt, deliveredOn }) => Math.max(0, daysBetween(localDays.dayOf(openedAt), deliveredOn)));
    return { cases: days.length, median: median(days) };
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

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * An object whose values are each computed the first time they are read, then kept: a report that
 * asks for one indicator (people-served, an agreement's few) does not pay for the others.
 */
function onDemand<T extends object>(makers: { readonly [K in keyof T]: () => T[K] }): T {
  const made = {} as T;
  for (const key of Object.keys(makers) as Array<keyof T>) {
    let value: { made: T[typeof key] } | null = null;
    Object.defineProperty(made, key, {
      enumerable: true,
      get: () => (value ??= { made: makers[key]() }).made,
    });
  }
  return made;
}

/** Every indicator's units and the period's measures, from a centre's facts (see PeriodFacts) over one window, each computed when first read. */
export function periodFigures(facts: PeriodFacts, window: FactWindow, timeZone: string): { units: IndicatorUnits; measures: PeriodMeasures } {
  const figures = new Figures(facts, window, timeZone);
  return {
    units: onDemand<IndicatorUnits>({
      'people-served': () => figures.peopleServed(),
      'cases-opened': () => figures.casesOpened(),
      'cases-active': () => figures.casesActive(),
      'cases-closed': () => figures.casesClosed(),
      'services-delivered': () => figures.servicesDelivered(),
      'people-receiving-services': () => figures.peopleReceivingServices(),
      interpretation: () => figures.interpretation(),
      referrals: () => figures.referrals(),
      'labour-claims': () => figures.labourClaims(),
      'risk-flags': () => figures.riskFlags(),
    }),
    measures: onDemand<PeriodMeasures>({
      labourClaimAmounts: () => figures.labourClaimAmounts(),
      labourClaimFlows: () => figures.labourClaimFlows(),
      daysToFirstService: () => figures.daysToFirstService(),
    }),
  };
}
