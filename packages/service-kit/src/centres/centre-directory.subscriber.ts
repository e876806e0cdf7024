import { randomUUID } from 'node:crypto';
import { CENTRE_EVENTS, type CentreSnapshot } from '@corredor/contracts';
import { on, orderedSubscription, type Subscription } from '@corredor/messaging';
import type { CentreDirectory } from './centre-directory';

/**
 * A consumer group of this process alone, so every instance of every service reads the whole
 * centre topic from its beginning (it is compacted: the latest event of each centre is its state).
 */
export function centreDirectoryGroup(service: string): string {
  return `${service}.centre-directory.${randomUUID()}`;
}

/** Feeds the directory from every centre lifecycle event: each carries the centre's whole snapshot. */
export function centreDirectorySubscription(group: string, directory: CentreDirectory): Subscription {
  const apply = async (event: { data: { centre: CentreSnapshot } }) => {
    directory.apply(event.data.centre);
  };
  return orderedSubscription(
    group,
    CENTRE_EVENTS.map((definition) => on(definition, apply)),
  );
}
