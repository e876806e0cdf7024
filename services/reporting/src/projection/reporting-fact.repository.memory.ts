import type { CalendarDay } from '@corredor/contracts';
import { checkpointAt, filterSteps, mapSteps, type Steps } from '../cooperative/steps';
import { inSlices, type SliceOptions } from '../cooperative/time-slices';
import {
  FACT_KINDS,
  type CaseFact,
  type CentreFacts,
  type ClaimStepFact,
  type ClosureFact,
  type FactKind,
  type FactWindow,
  type IntakeAttachmentFact,
  type PersonFact,
  type ReferralFact,
  type RiskFlagFact,
  type ServiceFact,
  type StatusChangeFact,
} from './reporting-facts';
import type { CaseOpeningFact, ReferralMadeFact, ReferralStatusFact, ReportingFactRepository } from './reporting-fact.repository';

/** A map of sets: which keys belong to a case (or a person). */
class Grouping {
  private readonly groups = new Map<string, Set<string>>();
  add(group: string, key: string): void {
    const keys = this.groups.get(group);
    if (keys) keys.add(key);
    else this.groups.set(group, new Set([key]));
  }
  of(group: string): readonly string[] {
    return [...(this.groups.get(group) ?? [])];
  }
  remove(group: string): string[] {
    const keys = [...(this.groups.get(group) ?? [])];
    this.groups.delete(group);
    return keys;
  }
  delete(group: string, key: string): void {
    const keys = this.groups.get(group);
    keys?.delete(key);
    if (keys?.size === 0) this.groups.delete(group);
  }
}

/** One centre's facts, indexed as the figures read them: by case, by person, by claim. */
class CentreStore {
  readonly cases = new Map<string, CaseFact>();
  readonly casesByPerson = new Grouping();
  readonly keptOut = new Set<string>();
  readonly attachments = new Map<string, IntakeAttachmentFact>();
  readonly attachmentsByCase = new Grouping();
  readonly services = new Map<string, ServiceFact>();
  readonly servicesByCase = new Grouping();
  /** Each case's first service not voided (its day), kept as services are recorded and voided. */
  readonly firstServiceDays = new Map<string, CalendarDay>();
  /** Each claim's steps, oldest first. */
  readonly claims = new Map<string, ClaimStepFact[]>();
  readonly claimsByCase = new Grouping();
  readonly flags = new Map<string, RiskFlagFact>();
  readonly flagsByCase = new Grouping();
  readonly referrals = new Map<string, ReferralFact>();
  readonly referralsByCase = new Grouping();
  readonly people = new Map<string, PersonFact>();
}

/** Stored facts are frozen: the figures read them uncopied, and nothing can change them but this store, by replacing them. */
const frozen = <T extends object>(fact: T): T => Object.freeze(fact);
const frozenCase = (kase: CaseFact): CaseFact =>
  frozen({ ...kase, languages: frozen([...kase.languages]), statusChanges: frozen(kase.statusChanges.map((c) => frozen({ ...c }))), closures: frozen(kase.closures.map((c) => frozen({ ...c }))) });
const inWindow = (at: Date, window: FactWindow) => at >= window.from && at < window.to;
const flagKey = (flag: RiskFlagFact) => `${flag.caseId}/${flag.screen}/${flag.flag}/${flag.level}/${flag.raisedAt.toISOString()}`;

/**
 * The projection in memory: plain maps per centre, so a year's figures for a large centre are read
 * without scanning other centres or copying documents through a query engine. Stored facts are
 * frozen and replaced, never changed in place, so they are answered as they are. factsOf reads in
 * slices of the event loop, so facts recorded meanwhile may or may not be among those it answers, as
 * with the MongoDB store's queries: the figures count a fact only with its case (period-figures.domain.ts).
 */
export class MemoryReportingFactRepository implements ReportingFactRepository {
  private readonly centres = new Map<string, CentreStore>();

  /** `slices`: how factsOf shares the event loop (tests make it let the loop turn at every checkpoint). */
  constructor(private readonly slices: SliceOptions = {}) {}

  private centre(tenant: string): CentreStore {
    let store = this.centres.get(tenant);
    if (!store) {
      store = new CentreStore();
      this.centres.set(tenant, store);
    }
    return store;
  }

  async recordCase(opening: CaseOpeningFact): Promise<void> {
    const store = this.centre(opening.tenant);
    if (store.cases.has(opening.caseId)) return;
    store.cases.set(opening.caseId, frozenCase({ ...opening, statusChanges: [], closures: [] }));
    store.casesByPerson.add(opening.personId, opening.caseId);
  }

  async recordStatusChange(tenant: string, caseId: string, change: StatusChangeFact): Promise<void> {
    const store = this.centre(tenant);
    const kase = store.cases.get(caseId);
    if (!kase || kase.statusChanges.some((c) => c.at.getTime() === change.at.getTime() && c.to === change.to)) return;
    store.cases.set(caseId, frozenCase({ ...kase, statusChanges: [...kase.statusChanges, change] }));
  }

  async recordClosure(tenant: string, caseId: string, closure: ClosureFact): Promise<void> {
    const store = this.centre(tenant);
    const kase = store.cases.get(caseId);
    if (!kase || kase.closures.some((c) => c.at.getTime() === closure.at.getTime() && c.outcome === closure.outcome)) return;
    store.cases.set(caseId, frozenCase({ ...kase, closures: [...kase.closures, closure] }));
  }

  async recordAttachment(attachment: IntakeAttachmentFact): Promise<void> {
    const store = this.centre(attachment.tenant);
    const key = `${attachment.caseId}/${attachment.intakeId}`;
    if (store.attachments.has(key)) return;
    store.attachments.set(key, frozen({ ...attachment }));
    store.attachmentsByCase.add(attachment.caseId, key);
  }

  async recordService(service: Omit<ServiceFact, 'voided'>): Promise<void> {
    const store = this.centre(service.tenant);
    if (store.services.has(service.serviceId)) return;
    store.services.set(service.serviceId, frozen({ ...service, voided: false }));
    store.servicesByCase.add(service.caseId, service.serviceId);
    const first = store.firstServiceDays.get(service.caseId);
    if (first === undefined || service.deliveredOn < first) store.firstServiceDays.set(service.caseId, service.deliveredOn);
  }

  async voidService(tenant: string, serviceId: string): Promise<void> {
    const store = this.centre(tenant);
    const service = store.services.get(serviceId);
    if (!service) return;
    store.services.set(serviceId, frozen({ ...service, voided: true }));
    if (store.firstServiceDays.get(service.caseId) === service.deliveredOn) firstServiceAgain(store, service.caseId);
  }

  async recordClaimStep(step: ClaimStepFact): Promise<void> {
    const store = this.centre(step.tenant);
    const steps = store.claims.get(step.claimId) ?? [];
    if (steps.some((s) => s.at.getTime() === step.at.getTime())) return;
    store.claims.set(step.claimId, [...steps, frozen({ ...step })].sort((a, b) => a.at.getTime() - b.at.getTime()));
    store.claimsByCase.add(step.caseId, step.claimId);
  }

  async recordRiskFlag(flag: RiskFlagFact): Promise<void> {
    const store = this.centre(flag.tenant);
    const key = flagKey(flag);
    if (store.flags.has(key)) return;
    store.flags.set(key, frozen({ ...flag }));
    store.flagsByCase.add(flag.caseId, key);
  }

  async recordReferral(referral: ReferralMadeFact): Promise<void> {
    const store = this.centre(referral.tenant);
    const stored = store.referrals.get(referral.referralId);
    store.referrals.set(referral.referralId, frozen({ status: 'made', statusChangedAt: null, ...stored, ...referral }));
    store.referralsByCase.add(referral.caseId, referral.referralId);
  }

  async changeReferralStatus(change: ReferralStatusFact): Promise<void> {
    const store = this.centre(change.tenant);
    const stored = store.referrals.get(change.referralId);
    if (stored?.statusChangedAt && stored.statusChangedAt > change.at) return;
    const base: ReferralFact = stored ?? { tenant: change.tenant, referralId: change.referralId, caseId: change.caseId, partnerId: null, partnerName: null, need: null, madeAt: null, status: 'made', statusChangedAt: null };
    store.referrals.set(change.referralId, frozen({ ...base, status: change.status, statusChangedAt: change.at }));
    store.referralsByCase.add(change.caseId, change.referralId);
  }

  async isKeptOut(tenant: string, caseId: string): Promise<boolean> {
    return this.centre(tenant).keptOut.has(caseId);
  }

  async keepOut(tenant: string, caseId: string): Promise<void> {
    const store = this.centre(tenant);
    store.keptOut.add(caseId);
    const kase = store.cases.get(caseId);
    if (kase) store.casesByPerson.delete(kase.personId, caseId);
    store.cases.delete(caseId);
    for (const key of store.attachmentsByCase.remove(caseId)) store.attachments.delete(key);
    for (const key of store.servicesByCase.remove(caseId)) store.services.delete(key);
    store.firstServiceDays.delete(caseId);
    for (const key of store.claimsByCase.remove(caseId)) store.claims.delete(key);
    for (const key of store.flagsByCase.remove(caseId)) store.flags.delete(key);
    for (const key of store.referralsByCase.remove(caseId)) store.referrals.delete(key);
  }

  async personOf(tenant: string, personId: string): Promise<PersonFact | null> {
    const person = this.centre(tenant).people.get(personId);
    return person ? { ...person } : null;
  }

  async recordWithdrawal(tenant: string, personId: string, at: Date): Promise<PersonFact> {
    const store = this.centre(tenant);
    const stored = store.people.get(personId) ?? { tenant, personId, withdrawnAt: null, erased: false };
    const later = stored.withdrawnAt === null || at > stored.withdrawnAt;
    const person = !stored.erased && later ? { ...stored, withdrawnAt: at } : stored;
    store.people.set(personId, frozen(person));
    return { ...person };
  }

  async recordErasure(tenant: string, personId: string): Promise<PersonFact> {
    const person: PersonFact = { tenant, personId, withdrawnAt: null, erased: true };
    this.centre(tenant).people.set(personId, frozen(person));
    return { ...person };
  }

  async casesOf(tenant: string, personId: string): Promise<Array<Pick<CaseFact, 'caseId' | 'openedAt'>>> {
    const store = this.centre(tenant);
    return store.casesByPerson.of(personId).flatMap((caseId) => {
      const kase = store.cases.get(caseId);
      return kase ? [{ caseId, openedAt: kase.openedAt }] : [];
    });
  }

  async factsOf(tenant: string, window: FactWindow, kinds: readonly FactKind[] = FACT_KINDS): Promise<CentreFacts> {
    const store = this.centres.get(tenant);
    if (!store) return { cases: [], attachments: [], services: [], firstServices: [], claims: [], claimsAtStart: [], riskFlags: [], referrals: [] };
    // A large centre's facts take a while to gather: in slices, so the process goes on serving meanwhile.
    return inSlices(factsSteps(store, window, new Set(kinds)), this.slices);
  }

  async partnerNames(tenant: string): Promise<Record<string, string>> {
    const latest = new Map<string, { name: string; at: number }>();
    for (const referral of this.centres.get(tenant)?.referrals.values() ?? []) {
      if (referral.partnerId === null || referral.partnerName === null || referral.madeAt === null) continue;
      const known = latest.get(referral.partnerId);
      if (!known || known.at <= referral.madeAt.getTime()) latest.set(referral.partnerId, { name: referral.partnerName, at: referral.madeAt.getTime() });
    }
    return Object.fromEntries([...latest].map(([id, { name }]) => [id, name]));
  }

  async isReachable(): Promise<boolean> {
    return true;
  }
}

/** What factsOf answers, the kinds asked for, gathered as steps (see cooperative/steps.ts). */
function* factsSteps(store: CentreStore, window: FactWindow, kinds: ReadonlySet<FactKind>): Steps<CentreFacts> {
  const cases = kinds.has('cases') ? yield* mapSteps(store.cases.values(), (kase) => kase) : [];
  const attachments = kinds.has('attachments') ? yield* filterSteps(store.attachments.values(), (attachment) => attachment.attachedAt < window.to) : [];
  const { services, firstServices } = kinds.has('services') || kinds.has('firstServices') ? yield* servicesIn(store, window) : { services: [], firstServices: [] };
  const { claims, claimsAtStart } = kinds.has('claims') || kinds.has('claimsAtStart') ? yield* claimsIn(store, window) : { claims: [], claimsAtStart: [] };
  const riskFlags = kinds.has('riskFlags') ? yield* filterSteps(store.flags.values(), (flag) => inWindow(flag.raisedAt, window)) : [];
  const referrals = kinds.has('referrals') ? yield* filterSteps(store.referrals.values(), (r) => r.madeAt !== null && inWindow(r.madeAt, window)) : [];
  return {
    cases,
    attachments,
    services: kinds.has('services') ? services : [],
    firstServices: kinds.has('firstServices') ? firstServices : [],
    claims: kinds.has('claims') ? claims : [],
    claimsAtStart: kinds.has('claimsAtStart') ? claimsAtStart : [],
    riskFlags,
    referrals,
  };
}

/** A case's first service not voided, looked for again (the one it was is voided). */
function firstServiceAgain(store: CentreStore, caseId: string): void {
  let first: CalendarDay | null = null;
  for (const serviceId of store.servicesByCase.of(caseId)) {
    const service = store.services.get(serviceId);
    if (service && !service.voided && (first === null || service.deliveredOn < first)) first = service.deliveredOn;
  }
  if (first === null) store.firstServiceDays.delete(caseId);
  else store.firstServiceDays.set(caseId, first);
}

/** The services not voided delivered in the window, and of the cases served in it, those whose first service not voided was on a day of it. */
function* servicesIn(store: CentreStore, window: FactWindow): Steps<Pick<CentreFacts, 'services' | 'firstServices'>> {
  const services: ServiceFact[] = [];
  const served = new Set<string>();
  let seen = 0;
  for (const service of store.services.values()) {
    if (checkpointAt(++seen)) yield;
    if (service.voided || service.deliveredOn < window.fromDay || service.deliveredOn > window.toDay) continue;
    services.push(service);
    served.add(service.caseId);
  }
  const firstServices: Array<{ caseId: string; deliveredOn: CalendarDay }> = [];
  for (const caseId of served) {
    const first = store.firstServiceDays.get(caseId);
    if (first !== undefined && first >= window.fromDay) firstServices.push({ caseId, deliveredOn: first });
    if (checkpointAt(++seen)) yield;
  }
  return { services, firstServices };
}

function* claimsIn(store: CentreStore, window: FactWindow): Steps<Pick<CentreFacts, 'claims' | 'claimsAtStart'>> {
  const claims: ClaimStepFact[] = [];
  const claimsAtStart: ClaimStepFact[] = [];
  let seen = 0;
  for (const steps of store.claims.values()) {
    if (checkpointAt(++seen)) yield;
    const latest = steps.filter((step) => step.at < window.to).at(-1);
    if (!latest || latest.at < window.from) continue;
    claims.push(latest);
    const atStart = steps.filter((step) => step.at < window.from).at(-1);
    if (atStart) claimsAtStart.push(atStart);
  }
  return { claims, claimsAtStart };
}
