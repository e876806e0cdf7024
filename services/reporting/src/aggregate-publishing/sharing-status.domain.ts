import type { CentreSnapshot } from '@corredor/contracts';
import type { SharingAgreement } from '../sharing-agreements/sharing-agreement.domain';
import { statusId, type AnnouncedStatus, type SharingStatus } from './sharing-ledger.repository';

/** What a centre's status in a network should be now. */
export interface WantedStatus {
  id: string;
  centre: string;
  network: string;
  status: SharingStatus;
  agreement: SharingAgreement | null;
  centreName: string;
}

/**
 * Every member centre of every network, sharing under its active agreement or not sharing, and
 * `left` for each centre announced before that is no longer a member (or whose centre is
 * archived): a network view lists members without an agreement too, never silently drops them.
 */
export function wantedStatuses(centres: readonly CentreSnapshot[], active: readonly SharingAgreement[], announced: readonly AnnouncedStatus[]): WantedStatus[] {
  const agreements = new Map(active.filter((agreement) => agreement.status === 'active').map((agreement) => [statusId(agreement.centre, agreement.network), agreement]));
  const wanted = new Map<string, WantedStatus>();
  for (const centre of centres) {
    if (centre.status === 'archived') continue;
    for (const network of centre.networks) {
      const id = statusId(centre.id, network);
      const agreement = agreements.get(id) ?? null;
      wanted.set(id, { id, centre: centre.id, network, status: agreement ? 'sharing' : 'not-sharing', agreement, centreName: centre.name });
    }
  }
  for (const before of announced) {
    if (!wanted.has(before.id)) wanted.set(before.id, { id: before.id, centre: before.centre, network: before.network, status: 'left', agreement: null, centreName: before.centreName });
  }
  return [...wanted.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** Whether the status differs from what was announced last (a first status always does). */
export function changed(wanted: WantedStatus, announced: AnnouncedStatus | undefined): boolean {
  return !announced || announced.status !== wanted.status || announced.agreementId !== (wanted.agreement?.id ?? null) || announced.centreName !== wanted.centreName;
}
