import type { DataOf, reportAggregatePublishedV1, reportSharingStatusChangedV1 } from '@corredor/contracts';

type StatusData = DataOf<typeof reportSharingStatusChangedV1>;
type AggregateData = DataOf<typeof reportAggregatePublishedV1>;

/** A centre's sharing status in a network, as last announced on the network topic. */
export interface MemberStatus {
  /** `network/centre` */
  id: string;
  network: string;
  centre: string;
  centreName: string;
  status: StatusData['status'];
  agreement: Extract<StatusData, { status: 'sharing' }>['agreement'] | null;
  changedAt: Date;
}

/** A centre's published figures for one period, as they came: already suppressed by the centre. */
export interface PublishedAggregate {
  /** `network/centre/label` */
  id: string;
  network: string;
  centre: string;
  agreementId: string;
  period: AggregateData['period'];
  rule: AggregateData['rule'];
  indicators: AggregateData['indicators'];
  measures: AggregateData['measures'];
  publishedAt: Date;
}

export const memberId = (network: string, centre: string): string => `${network}/${centre}`;
export const aggregateId = (network: string, centre: string, label: string): string => `${network}/${centre}/${label}`;

/** The network view's store: built from the network topic only, so a hub in another deployment builds the same. */
export interface NetworkViewRepository {
  /** Keeps the latest status of each centre in each network (by `changedAt`); an older one arriving late changes nothing. */
  recordStatus(status: MemberStatus): Promise<void>;
  /** Keeps a period's figures as first published; a second copy changes nothing. */
  recordAggregate(aggregate: PublishedAggregate): Promise<void>;
  /** The network's centres, by id, `left` ones included. */
  members(network: string): Promise<MemberStatus[]>;
  /** The network's current members (not `left`), by id: at most `limit` after the centre `after`. */
  listMembers(network: string, page: { after: string | null; limit: number }): Promise<MemberStatus[]>;
  member(network: string, centre: string): Promise<MemberStatus | null>;
  /** Every centre's figures for the period, by centre. */
  aggregates(network: string, periodLabel: string): Promise<PublishedAggregate[]>;
  /** The periods a centre published for the network, newest first. */
  periodsOf(network: string, centre: string): Promise<Array<AggregateData['period']>>;
  isReachable(): Promise<boolean>;
}
