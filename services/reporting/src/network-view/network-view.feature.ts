import { orderedSubscription, type Subscription } from '@corredor/messaging';
import type { ApiRoutes, ServiceDeps } from '@corredor/service-kit';
import type { NetworkViewRepository } from './network-view.repository';
import { MemoryNetworkViewRepository } from './network-view.repository.memory';
import { MongoNetworkViewRepository } from './network-view.repository.mongo';
import { networkViewRoutes } from './network-view.routes';
import * as recordNetworkEvents from './record-network-events.subscriber';

export interface NetworkViewFeature {
  view: NetworkViewRepository;
  /** GET /network-view/centres, /network-view/centres/:centreId, /network-view/figures. */
  routes(api: ApiRoutes): void;
  /** The network topic, into the view. */
  subscription: Subscription;
}

export function networkViewFeature(deps: { mongo: ServiceDeps['mongo']; clock: () => Date }): NetworkViewFeature {
  const view = deps.mongo ? new MongoNetworkViewRepository(deps.mongo) : new MemoryNetworkViewRepository();
  return {
    view,
    routes: (api) => networkViewRoutes(api, { view, clock: deps.clock }),
    subscription: orderedSubscription(recordNetworkEvents.config.group, recordNetworkEvents.handlers({ view })),
  };
}
