import {
  AGE_BANDS,
  caseClosedV1,
  caseIntakeAttachedV1,
  caseLabourClaimChangedV1,
  caseOpenedV3,
  caseRiskFlaggedV1,
  caseServiceRecordedV1,
  caseServiceVoidedV1,
  caseStatusChangedV1,
  consentGivenV1,
  consentWithdrawnV1,
  createEvent,
  personErasedV1,
  referralMadeV1,
  referralStatusChangedV1,
  SERVICE_TYPES,
  type AgeBand,
  type CaseOutcome,
  type CaseStatus,
  type DataOf,
  type EventDefinition,
  type EventEnvelope,
  type MigratoryStatus,
  type ReferralStatus,
  type ServiceType,
  type Sex,
} from '@corredor/contracts';
import { randomUUID } from 'node:crypto';

/**
 * Events as their producers publish them, for reporting's tests: a case's events carry its centre,
 * id and person, so a test reads like what happened to the person.
 */
const meta = (tenant: string, source: string, subject: string) => ({ tenant, source, correlationId: 'r', causationId: 'r', subject });

export interface OpeningOptions {
  tenant?: string;
  caseId?: string;
  personId?: string;
  openedAt?: string;
  sex?: Sex;
  ageBand?: AgeBand;
  nationality?: string;
  languages?: string[];
  migratoryStatus?: MigratoryStatus | null;
  returning?: boolean;
  countInStatistics?: boolean;
  priority?: 'normal' | 'medium' | 'high';
}

/** A person's case at a centre, and what happens on it. */
export class TestCase {
  readonly tenant: string;
  readonly caseId: string;
  readonly personId: string;

  constructor(private readonly options: OpeningOptions = {}) {
    this.tenant = options.tenant ?? 'tijuana';
    this.caseId = options.caseId ?? randomUUID();
    this.personId = options.personId ?? randomUUID();
  }

  private caseEvent = <D extends EventDefinition>(definition: D, data: DataOf<D>) => createEvent(definition, data, meta(this.tenant, '/corredor/case', this.caseId));

  opened(): EventEnvelope {
    const o = this.options;
    return this.caseEvent(caseOpenedV3, {
      caseId: this.caseId,
      intakeId: randomUUID(),
      personId: this.personId,
      openedAt: o.openedAt ?? '2026-11-20T18:00:00.000Z',
      priority: o.priority ?? 'normal',
      riskFlags: [],
      countInStatistics: o.countInStatistics ?? true,
      profile: { sex: o.sex ?? 'female', ageBand: o.ageBand ?? '18-29', nationality: o.nationality ?? 'HT', languages: o.languages ?? ['ht', 'fr'] },
      migratoryStatus: o.migratoryStatus === undefined ? 'tvrh' : o.migratoryStatus,
      returning: o.returning ?? false,
    });
  }

  statusChanged(from: CaseStatus, to: CaseStatus, changedAt: string): EventEnvelope {
    return this.caseEvent(caseStatusChangedV1, { caseId: this.caseId, from, to, reason: to === 'closed' ? 'closed' : from === 'closed' ? 'reopened' : 'activated', changedAt });
  }

  closed(outcome: CaseOutcome, closedAt: string): EventEnvelope {
    return this.caseEvent(caseClosedV1, { caseId: this.caseId, outcome, closedAt });
  }

  intakeAttached(attachedAt: string, migratoryStatus: MigratoryStatus | null = null): EventEnvelope {
    return this.caseEvent(caseIntakeAttachedV1, { caseId: this.caseId, intakeId: randomUUID(), migratoryStatus, attachedAt });
  }

  serviceRecorded(type: ServiceType, deliveredOn: string, options: { serviceId?: string; language?: string | null } = {}): EventEnvelope {
    return this.caseEvent(caseServiceRecordedV1, {
      caseId: this.caseId,
      serviceId: options.serviceId ?? randomUUID(),
      type,
      deliveredOn,
      language: options.language ?? null,
      durationMinutes: 30,
      recordedAt: `${deliveredOn}T20:00:00.000Z`,
    });
  }

  serviceVoided(serviceId: string, type: ServiceType, voidedAt: string): EventEnvelope {
    return this.caseEvent(caseServiceVoidedV1, { caseId: this.caseId, serviceId, type, voidedAt });
  }

  claimChanged(claimId: string, changedAt: string, change: Partial<DataOf<typeof caseLabourClaimChangedV1>> = {}): EventEnvelope {
    return this.caseEvent(caseLabourClaimChangedV1, {
      caseId: this.caseId,
      claimId,
      claimType: 'unpaid-wages',
      authority: 'conciliation-centre',
      status: 'preparing',
      currency: 'MXN',
      amountClaimed: '15500.50',
      amountAgreed: null,
      amountAwarded: null,
      amountReceived: null,
      changedAt,
      ...change,
    });
  }

  riskFlagged(flaggedAt: string, level: 'low' | 'medium' | 'high' = 'high'): EventEnvelope {
    return this.caseEvent(caseRiskFlaggedV1, {
      caseId: this.caseId,
      flags: [{ screen: 'trafficking-forced-labour', flag: 'trafficking.documents-withheld', level }],
      priority: level === 'low' ? 'normal' : level,
      flaggedAt,
    });
  }

  referralMade(referralId: string, partner: { id: string; name: string }, madeAt: string, need: DataOf<typeof referralMadeV1>['need'] = 'shelter'): EventEnvelope {
    return createEvent(referralMadeV1, { referralId, caseId: this.caseId, partnerId: partner.id, partnerName: partner.name, need, madeAt }, meta(this.tenant, '/corredor/referral', this.caseId));
  }

  referralChanged(referralId: string, from: ReferralStatus, to: ReferralStatus, changedAt: string): EventEnvelope {
    return createEvent(referralStatusChangedV1, { referralId, caseId: this.caseId, from, to, changedAt }, meta(this.tenant, '/corredor/referral', this.caseId));
  }

  /** The person's statistics consent withdrawn (another purpose with `purpose`). */
  statisticsWithdrawn(withdrawnAt: string): EventEnvelope {
    return withdrawn(this.tenant, this.personId, withdrawnAt);
  }

  erased(erasedAt: string): EventEnvelope {
    return createEvent(personErasedV1, { personId: this.personId, erasedAt }, meta(this.tenant, '/corredor/intake', this.personId));
  }
}

export function withdrawn(tenant: string, personId: string, withdrawnAt: string, scope: DataOf<typeof consentWithdrawnV1>['scope'] = { purpose: 'statistics' }): EventEnvelope {
  return createEvent(consentWithdrawnV1, { personId, consentId: randomUUID(), scope, withdrawnAt }, meta(tenant, '/corredor/intake', personId));
}

export function given(tenant: string, personId: string, givenAt: string): EventEnvelope {
  return createEvent(consentGivenV1, { personId, consentId: randomUUID(), scope: { purpose: 'statistics' }, givenAt }, meta(tenant, '/corredor/intake', personId));
}

const BUSY_PARTNERS = [
  { id: 'c0ffee00-0000-4000-8000-000000000001', name: 'Casa del Migrante' },
  { id: 'c0ffee00-0000-4000-8000-000000000002', name: 'Madre Assunta' },
];

/** A centre's year of work (2026, at Tijuana), the same each time but for ids: people served again and again, some returning, closed, referred, with claims and flags. */
export function aBusyYear(people: number): EventEnvelope[] {
  const at = (day: number, hour = 18) => new Date(Date.UTC(2026, 0, 1 + day, hour)).toISOString();
  const dayOf = (day: number) => at(day).slice(0, 10);
  const events: EventEnvelope[] = [];
  for (let i = 0; i < people; i++) {
    const day = (i * 7) % 330;
    const kase = new TestCase({
      openedAt: at(day),
      sex: i % 3 === 0 ? 'male' : 'female',
      ageBand: AGE_BANDS[i % AGE_BANDS.length],
      nationality: ['HT', 'HN', 'GT', 'VE'][i % 4],
      languages: i % 5 === 0 ? ['ht', 'fr'] : ['es'],
      migratoryStatus: i % 10 === 0 ? null : 'tvrh',
      returning: i % 20 === 0,
      priority: i % 9 === 0 ? 'high' : 'normal',
    });
    events.push(kase.opened());
    for (let s = 0; s < 1 + (i % 3); s++) {
      const type = SERVICE_TYPES[(i + s) % SERVICE_TYPES.length] ?? 'accompaniment';
      const serviceId = randomUUID();
      events.push(kase.serviceRecorded(type, dayOf(day + 1 + s * 12), { serviceId, language: type === 'interpretation' ? 'ht' : null }));
      if (i % 19 === 0 && s === 0) events.push(kase.serviceVoided(serviceId, type, at(day + 2)));
    }
    if (i % 2 === 0) events.push(kase.statusChanged('open', 'active', at(day + 1, 20)));
    if (i % 7 === 0) events.push(kase.statusChanged(i % 2 === 0 ? 'active' : 'open', 'closed', at(day + 20)), kase.closed('resolved', at(day + 20)));
    if (i % 14 === 0) events.push(kase.intakeAttached(at(day + 30), 'asylum-seeker'), kase.statusChanged('closed', 'active', at(day + 30)));
    if (i % 9 === 0) events.push(kase.riskFlagged(at(day), i % 2 === 0 ? 'high' : 'medium'));
    if (i % 13 === 0) {
      const referralId = randomUUID();
      events.push(kase.referralMade(referralId, BUSY_PARTNERS[i % 2] ?? { id: randomUUID(), name: 'Albergue' }, at(day + 1)), kase.referralChanged(referralId, 'made', 'completed', at(day + 8)));
    }
    if (i % 17 === 0) {
      const claimId = randomUUID();
      events.push(kase.claimChanged(claimId, at(day + 2)), kase.claimChanged(claimId, at(day + 40), { status: 'agreement', amountAgreed: '9000', amountReceived: '4500' }));
    }
  }
  return events;
}
