import { createHash } from 'node:crypto';
import { createEvent, referralMadeV1, referralStatusChangedV1 } from '@corredor/contracts';
import { toOutboxRecord, type OutboxRecord } from '@corredor/messaging';
import type { Partner } from '../partners/partner.domain';
import type { Referral, ReferralStatusChange } from './referral.domain';

/** What caused a change: a request (its id twice) or an event (its correlation id, and its id as cause). */
export interface Causation {
  correlationId: string;
  causationId: string;
}

/**
 * The same event id for the same fact, however often it is built: a referral is made once and
 * leaves each status once, so a consumer's de-duplication by event id also holds if a change were
 * ever written twice. A UUID of version 8 (RFC 9562, custom) from a SHA-256 of the fact.
 */
export function referralEventId(fact: string): string {
  const hex = createHash('sha256').update(`corredor-referral:${fact}`).digest('hex');
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const meta = (referral: Referral, id: string, cause: Causation, now: Date) => ({
  id,
  tenant: referral.tenant,
  source: '/corredor/referral',
  correlationId: cause.correlationId,
  causationId: cause.causationId,
  subject: referral.caseId,
  time: now,
});

/**
 * referral.made, keyed by case id so a case's referrals and their outcomes stay in order. The
 * partner is an organisation of the directory (its name as it stands now); nothing of the person.
 */
export function referralMadeRecord(referral: Referral, partner: Pick<Partner, 'name'>, cause: Causation, now: Date): OutboxRecord {
  const event = createEvent(
    referralMadeV1,
    { referralId: referral.id, caseId: referral.caseId, partnerId: referral.partnerId, partnerName: partner.name, need: referral.need, madeAt: referral.madeAt.toISOString() },
    meta(referral, referralEventId(`${referral.tenant}/${referral.id}/made`), cause, now),
  );
  return toOutboxRecord(referralMadeV1, event, referral.caseId, now);
}

/** referral.status-changed: an outcome recorded, or a pending referral stopped by a withdrawn consent. */
export function referralStatusChangedRecord(change: ReferralStatusChange, cause: Causation, now: Date): OutboxRecord {
  const { before, after } = change;
  const event = createEvent(
    referralStatusChangedV1,
    { referralId: after.id, caseId: after.caseId, from: before.status, to: after.status, changedAt: change.at.toISOString() },
    meta(after, referralEventId(`${after.tenant}/${after.id}/${before.status}/${after.status}`), cause, now),
  );
  return toOutboxRecord(referralStatusChangedV1, event, after.caseId, now);
}
