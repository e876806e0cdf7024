import type { OutboxRecord } from '@corredor/messaging';
import type { FixedPeriod } from '../periods/report-period.domain';

/** A period of a centre published for a network: once, never again (two versions could be subtracted). */
export interface PublishedPeriod {
  /** `centre/network/label` */
  id: string;
  centre: string;
  network: string;
  agreementId: string;
  period: FixedPeriod;
  publishedAt: Date;
}

export type SharingStatus = 'sharing' | 'not-sharing' | 'left';

/** The sharing status last announced for a centre in a network; `revision` counts the announcements (1, 2...). */
export interface AnnouncedStatus {
  /** `centre/network` */
  id: string;
  centre: string;
  network: string;
  status: SharingStatus;
  agreementId: string | null;
  centreName: string;
  revision: number;
  announcedAt: Date;
}

export const publishedPeriodId = (centre: string, network: string, label: string): string => `${centre}/${network}/${label}`;
export const statusId = (centre: string, network: string): string => `${centre}/${network}`;

/**
 * What the publisher has announced, kept with the outbox: each claim is a conditional write in the
 * same transaction as its events, so a second instance scanning at the same time, or a restart,
 * cannot announce or publish anything twice.
 */
export interface SharingLedger {
  /** The period published last (by its last day) for the centre and network, or null. */
  lastPublished(centre: string, network: string): Promise<PublishedPeriod | null>;
  /** Records the period as published, with its events; false when it already was: nothing is written then. */
  claimPeriod(published: PublishedPeriod, events: OutboxRecord[]): Promise<boolean>;
  /** Every status announced so far. */
  statuses(): Promise<AnnouncedStatus[]>;
  /**
   * Records a new status, with its events, if the stored one is still at `status.revision - 1`
   * (none stored, for revision 1); false when another scan announced meanwhile: nothing is written then.
   */
  claimStatus(status: AnnouncedStatus, events: OutboxRecord[]): Promise<boolean>;
  isReachable(): Promise<boolean>;
}
