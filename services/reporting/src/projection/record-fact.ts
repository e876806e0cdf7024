import {
  caseClosedV1,
  caseIntakeAttachedV1,
  caseLabourClaimChangedV1,
  caseOpenedV3,
  caseRiskFlaggedV1,
  caseServiceRecordedV1,
  caseServiceVoidedV1,
  caseStatusChangedV1,
  consentWithdrawnV1,
  personErasedV1,
  referralMadeV1,
  referralStatusChangedV1,
  type EventDefinition,
  type EventEnvelope,
  type EventOf,
} from '@corredor/contracts';
import type { ReportingFactRepository } from './reporting-fact.repository';
import type { PersonFact } from './reporting-facts';
import { keptOutBy } from './statistics-consent.domain';

/** What one event type adds to the projection. */
export interface FactRecorder {
  event: EventDefinition;
  record(facts: ReportingFactRepository, event: EventEnvelope): Promise<void>;
}

function recorder<D extends EventDefinition>(event: D, record: (facts: ReportingFactRepository, event: EventOf<D>) => Promise<void>): FactRecorder {
  // Sound because recordFact only calls it with an event of its type (parsed by the registry).
  return { event, record: (facts, envelope) => record(facts, envelope as EventOf<D>) };
}

/**
 * Writes a fact of a case unless the case is kept out of the figures, then looks again: a case kept
 * out meanwhile (its person's withdrawal or erasure, handled by another subscriber) loses the fact just written.
 */
async function ofCountedCase(facts: ReportingFactRepository, tenant: string, caseId: string, write: () => Promise<unknown>): Promise<void> {
  if (await facts.isKeptOut(tenant, caseId)) return;
  await write();
  if (await facts.isKeptOut(tenant, caseId)) await facts.keepOut(tenant, caseId);
}

const at = (iso: string) => new Date(iso);

/**
 * Keeps out the person's recorded cases that their decisions (as just stored) keep out. The decision
 * is written first, then the cases read: a case recorded meanwhile is kept out by its own check (caseOpened).
 */
async function keepOutCasesOf(facts: ReportingFactRepository, person: PersonFact): Promise<void> {
  for (const kase of await facts.casesOf(person.tenant, person.personId)) {
    if (keptOutBy(person, kase.openedAt)) await facts.keepOut(person.tenant, kase.caseId);
  }
}

const caseOpened = recorder(caseOpenedV3, async (facts, event) => {
  const tenant = event.tenantid;
  const { caseId, personId, countInStatistics, profile } = event.data;
  const openedAt = at(event.data.openedAt);
  // The person did not agree to be counted: reporting keeps the case's id only, to refuse its later facts.
  if (!countInStatistics) return facts.keepOut(tenant, caseId);
  if (await facts.isKeptOut(tenant, caseId)) return;
  if (keptOutBy(await facts.personOf(tenant, personId), openedAt)) return facts.keepOut(tenant, caseId);
  await facts.recordCase({
    tenant,
    caseId,
    personId,
    openedAt,
    returning: event.data.returning,
    priority: event.data.priority,
    sex: profile.sex,
    ageBand: profile.ageBand,
    nationality: profile.nationality,
    languages: profile.languages,
    migratoryStatus: event.data.migratoryStatus,
  });
  // The consent topic is read by another subscriber: a withdrawal or an erasure it handled while this
  // case was written did not find the case, so this side applies it (written first, then read, as that side does the reverse).
  if (keptOutBy(await facts.personOf(tenant, personId), openedAt) || (await facts.isKeptOut(tenant, caseId))) await facts.keepOut(tenant, caseId);
});

const caseFacts: FactRecorder[] = [
  caseOpened,
  recorder(caseStatusChangedV1, (facts, { tenantid, data }) =>
    ofCountedCase(facts, tenantid, data.caseId, () => facts.recordStatusChange(tenantid, data.caseId, { at: at(data.changedAt), to: data.to })),
  ),
  recorder(caseClosedV1, (facts, { tenantid, data }) =>
    ofCountedCase(facts, tenantid, data.caseId, () => facts.recordClosure(tenantid, data.caseId, { at: at(data.closedAt), outcome: data.outcome })),
  ),
  recorder(caseIntakeAttachedV1, (facts, { tenantid, data }) =>
    ofCountedCase(facts, tenantid, data.caseId, () =>
      facts.recordAttachment({ tenant: tenantid, caseId: data.caseId, intakeId: data.intakeId, attachedAt: at(data.attachedAt), migratoryStatus: data.migratoryStatus }),
    ),
  ),
  recorder(caseServiceRecordedV1, (facts, { tenantid, data }) =>
    ofCountedCase(facts, tenantid, data.caseId, () =>
      facts.recordService({ tenant: tenantid, serviceId: data.serviceId, caseId: data.caseId, type: data.type, deliveredOn: data.deliveredOn, language: data.language }),
    ),
  ),
  recorder(caseServiceVoidedV1, (facts, { tenantid, data }) => facts.voidService(tenantid, data.serviceId)),
  recorder(caseLabourClaimChangedV1, (facts, { tenantid, data }) =>
    ofCountedCase(facts, tenantid, data.caseId, () =>
      facts.recordClaimStep({
        tenant: tenantid,
        claimId: data.claimId,
        caseId: data.caseId,
        at: at(data.changedAt),
        claimType: data.claimType,
        authority: data.authority,
        status: data.status,
        currency: data.currency,
        claimed: data.amountClaimed,
        agreed: data.amountAgreed,
        awarded: data.amountAwarded,
        received: data.amountReceived,
      }),
    ),
  ),
  // Flags raised at opening come here too (case.opened carries them, but only this event counts them, once).
  recorder(caseRiskFlaggedV1, (facts, { tenantid, data }) =>
    ofCountedCase(facts, tenantid, data.caseId, async () => {
      for (const flag of data.flags) {
        await facts.recordRiskFlag({ tenant: tenantid, caseId: data.caseId, screen: flag.screen, flag: flag.flag, level: flag.level, raisedAt: at(data.flaggedAt) });
      }
    }),
  ),
];

const referralFacts: FactRecorder[] = [
  recorder(referralMadeV1, (facts, { tenantid, data }) =>
    ofCountedCase(facts, tenantid, data.caseId, () =>
      facts.recordReferral({
        tenant: tenantid,
        referralId: data.referralId,
        caseId: data.caseId,
        partnerId: data.partnerId,
        partnerName: data.partnerName,
        need: data.need,
        madeAt: at(data.madeAt),
      }),
    ),
  ),
  recorder(referralStatusChangedV1, (facts, { tenantid, data }) =>
    ofCountedCase(facts, tenantid, data.caseId, () =>
      facts.changeReferralStatus({ tenant: tenantid, referralId: data.referralId, caseId: data.caseId, status: data.to, at: at(data.changedAt) }),
    ),
  ),
];

const consentFacts: FactRecorder[] = [
  recorder(consentWithdrawnV1, async (facts, { tenantid, data }) => {
    if (data.scope.purpose !== 'statistics') return;
    await keepOutCasesOf(facts, await facts.recordWithdrawal(tenantid, data.personId, at(data.withdrawnAt)));
  }),
  // Erasure takes the person out of the projection: every case of theirs, whatever its date, as a
  // withdrawal would, and the id is remembered as erased only (so their cases heard of later stay out).
  recorder(personErasedV1, async (facts, { tenantid, data }) => {
    await keepOutCasesOf(facts, await facts.recordErasure(tenantid, data.personId));
  }),
];

/** The events the projection records, by topic: each topic is read by one subscription, so a case's events keep their order. */
export const FACT_RECORDERS = { caseEvents: caseFacts, referralEvents: referralFacts, consentEvents: consentFacts } as const;

const BY_TYPE = new Map<string, FactRecorder>(Object.values(FACT_RECORDERS).flatMap((recorders) => recorders.map((r) => [r.event.type, r] as const)));

/**
 * Records what an event says into the store. The event must be as the registry parses it (upcast to
 * the latest version of its type); an event the projection does not record is ignored (false).
 */
export async function recordFact(facts: ReportingFactRepository, event: EventEnvelope): Promise<boolean> {
  const found = BY_TYPE.get(event.type);
  if (!found) return false;
  await found.record(facts, event);
  return true;
}
