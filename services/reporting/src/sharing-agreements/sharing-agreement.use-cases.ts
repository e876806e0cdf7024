import { randomUUID } from 'node:crypto';
import { DomainError, type Role } from '@corredor/contracts';
import { DuplicateKeyError, VersionConflictError } from '@corredor/persistence';
import { auditUnavailable, type AuditAction, type AuditTrail, type CentreDirectoryView } from '@corredor/service-kit';
import { checkTerms, firstPeriodAfter, revoke, sharedFiguresKey, type SharingAgreement, type SharingTerms } from './sharing-agreement.domain';
import type { SharingAgreementRepository } from './sharing-agreement.repository';

export interface SharingAgreementDeps {
  agreements: SharingAgreementRepository;
  centres: CentreDirectoryView;
  clock: () => Date;
  audit: Pick<AuditTrail, 'record'>;
  newId?: () => string;
}

/** The coordinator acting, as the request's token and id say. */
export interface Actor {
  centre: string;
  userId: string;
  roles: Role[];
  requestId: string;
}

const activeAlready = () =>
  new DomainError('REPORTING.AGREEMENT_ACTIVE', 'conflict', 'The centre already has an active agreement with this network: revoke it first, then record the new one.');

/** Every agreement of the centre, with every network. */
async function everyAgreementOf(agreements: SharingAgreementRepository, centre: string): Promise<SharingAgreement[]> {
  const all: SharingAgreement[] = [];
  for (let page = await agreements.listForCentre(centre, {}, { after: null, limit: 200 }); ; ) {
    all.push(...page);
    const last = page.at(-1);
    if (page.length < 200 || !last) return all;
    page = await agreements.listForCentre(centre, {}, { after: [last.agreedAt, last.id], limit: 200 });
  }
}

const notFound = () => new DomainError('REPORTING.AGREEMENT_NOT_FOUND', 'not-found', 'No such sharing agreement at this centre.');

/**
 * Every agreement and change goes in the centre's audit trail (who, when, which agreement; its
 * terms are the agreement itself, which never changes once recorded). The entry is written before
 * the change: a change that could not be audited is not made (503), and the only entry that may
 * stand for nothing is one whose write then lost a race (409).
 */
async function audited(deps: SharingAgreementDeps, actor: Actor, action: AuditAction, id: string): Promise<void> {
  try {
    await deps.audit.record({
      centre: actor.centre,
      actor: { userId: actor.userId, roles: actor.roles },
      action,
      record: { type: 'sharing-agreement', id },
      purpose: 'network-sharing',
      requestId: actor.requestId,
    });
  } catch {
    throw auditUnavailable();
  }
}

/**
 * Records what the centre shares with one of its networks, from `terms.from` on. One active
 * agreement per centre and network: a second one is refused (409) until the first is revoked, so
 * a change of terms is always a revocation and a new agreement, each audited.
 */
export async function recordAgreement(deps: SharingAgreementDeps, actor: Actor, request: { network: string; terms: SharingTerms }): Promise<SharingAgreement> {
  checkTerms(request.terms);
  const centre = deps.centres.get(actor.centre);
  if (!centre || !centre.networks.includes(request.network)) {
    throw new DomainError('REPORTING.NOT_A_MEMBER', 'validation', 'The centre is not a member of this network.');
  }
  const history = await everyAgreementOf(deps.agreements, actor.centre);
  if (history.some((agreement) => agreement.status === 'active' && agreement.network === request.network)) throw activeAlready();
  // One set of figures leaves the centre, whichever network receives it: two networks given
  // different tables (or periods, or k) of the same period could put them together and subtract.
  const elsewhere = history.filter((agreement) => agreement.status === 'active');
  if (elsewhere.some((agreement) => sharedFiguresKey(agreement.terms) !== sharedFiguresKey(request.terms))) {
    throw new DomainError(
      'REPORTING.TERMS_DIFFER',
      'conflict',
      "The centre shares other figures with another of its networks: every network is given the same tables, measures, period kind and rule. Record these terms the same as the active agreement's, or revoke it first.",
    );
  }
  const now = deps.clock();
  const agreement: SharingAgreement = {
    id: (deps.newId ?? randomUUID)(),
    centre: actor.centre,
    network: request.network,
    terms: request.terms,
    // Active elsewhere: as if revoked now, so this one starts with the period under way, never one already published.
    firstPeriod: firstPeriodAfter(request.terms, history.map((agreement) => ({ ...agreement, revokedAt: agreement.revokedAt ?? now })), centre.timeZone).label,
    status: 'active',
    agreedAt: now,
    agreedBy: actor.userId,
    revokedAt: null,
    revokedBy: null,
    settled: false,
    version: 1,
  };
  await audited(deps, actor, 'sharing-agreement.recorded', agreement.id);
  try {
    await deps.agreements.add(agreement);
  } catch (error) {
    if (error instanceof DuplicateKeyError) throw activeAlready();
    throw error;
  }
  return agreement;
}

/** Ends an agreement: periods that ended before today (at the centre) still publish, none after. */
export async function revokeAgreement(deps: SharingAgreementDeps, actor: Actor, id: string): Promise<SharingAgreement> {
  const agreement = await deps.agreements.findById(actor.centre, id);
  if (!agreement) throw notFound();
  const revoked = revoke(agreement, actor.userId, deps.clock());
  await audited(deps, actor, 'sharing-agreement.revoked', agreement.id);
  try {
    await deps.agreements.update(revoked, agreement.version);
  } catch (error) {
    if (error instanceof VersionConflictError) throw new DomainError('REPORTING.AGREEMENT_REVOKED', 'conflict', 'This agreement was revoked meanwhile.');
    throw error;
  }
  return { ...revoked, version: agreement.version + 1 };
}

export async function findAgreement(deps: Pick<SharingAgreementDeps, 'agreements'>, centre: string, id: string): Promise<SharingAgreement> {
  const agreement = await deps.agreements.findById(centre, id);
  if (!agreement) throw notFound();
  return agreement;
}
