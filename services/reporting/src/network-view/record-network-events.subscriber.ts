import { reportAggregatePublishedV1, reportSharingStatusChangedV1 } from '@corredor/contracts';
import { on, type TypedHandler } from '@corredor/messaging';
import { aggregateId, memberId, type NetworkViewRepository } from './network-view.repository';

/** One group for both events: they share the key `network/centre`, so a centre's status and figures arrive in order. */
export const config = { group: 'reporting.network-view' };

/**
 * Builds the network view from the network topic, and from nothing else: what a hub mirroring the
 * topic in another deployment receives is all it takes.
 */
export function handlers(deps: { view: NetworkViewRepository }): TypedHandler[] {
  return [
    on(reportSharingStatusChangedV1, async (event) => {
      const { data } = event;
      await deps.view.recordStatus({
        id: memberId(data.network, data.centre),
        network: data.network,
        centre: data.centre,
        centreName: data.centreName,
        status: data.status,
        agreement: data.status === 'sharing' ? data.agreement : null,
        changedAt: new Date(data.changedAt),
      });
    }),
    on(reportAggregatePublishedV1, async (event) => {
      const { data } = event;
      await deps.view.recordAggregate({
        id: aggregateId(data.network, data.centre, data.period.label),
        network: data.network,
        centre: data.centre,
        agreementId: data.agreementId,
        period: data.period,
        rule: data.rule,
        indicators: data.indicators,
        measures: data.measures,
        publishedAt: new Date(data.publishedAt),
      });
    }),
  ];
}
