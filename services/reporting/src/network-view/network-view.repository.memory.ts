import { MemoryCollection } from '@corredor/persistence';
import type { MemberStatus, NetworkViewRepository, PublishedAggregate } from './network-view.repository';

export class MemoryNetworkViewRepository implements NetworkViewRepository {
  private readonly statuses = new MemoryCollection<MemberStatus>('network_view_members', [], [['network']]);
  private readonly figures = new MemoryCollection<PublishedAggregate & { label: string }>('network_view_aggregates', [], [['network', 'label'], ['network', 'centre']]);

  async recordStatus(status: MemberStatus): Promise<void> {
    const stored = this.statuses.findOne({ id: status.id });
    if (!stored) this.statuses.insert(status);
    else if (stored.changedAt.getTime() <= status.changedAt.getTime()) this.statuses.updateWhere({ id: status.id }, () => status);
  }

  async recordAggregate(aggregate: PublishedAggregate): Promise<void> {
    if (this.figures.findOne({ id: aggregate.id })) return;
    this.figures.insert({ ...aggregate, label: aggregate.period.label });
  }

  async members(network: string): Promise<MemberStatus[]> {
    return this.statuses.find({ network }, { sort: { centre: 1 } });
  }

  async listMembers(network: string, page: { after: string | null; limit: number }): Promise<MemberStatus[]> {
    return this.statuses.find({ network, status: { $ne: 'left' }, ...(page.after === null ? {} : { centre: { $gt: page.after } }) }, { sort: { centre: 1 }, limit: page.limit });
  }

  async member(network: string, centre: string): Promise<MemberStatus | null> {
    return this.statuses.findOne({ network, centre }) ?? null;
  }

  async aggregates(network: string, periodLabel: string): Promise<PublishedAggregate[]> {
    return this.figures.find({ network, label: periodLabel }, { sort: { centre: 1 } }).map(({ label: _label, ...aggregate }) => aggregate);
  }

  async periodsOf(network: string, centre: string): Promise<PublishedAggregate['period'][]> {
    return this.figures.find({ network, centre }, { sort: { 'period.to': -1 } }).map((aggregate) => aggregate.period);
  }

  async isReachable(): Promise<boolean> {
    return true;
  }
}
