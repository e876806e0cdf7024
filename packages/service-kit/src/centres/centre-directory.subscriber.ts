import { randomUUID } from 'node:crypto';
import { CENTRE_EVENTS, type CentreSnapshot } from '@corredor/contracts';
import { on, orderedSubscription, type Subscription } from '@corredor/messaging';
import type { CentreDirectory } from './centre-directory';
import type { CentreKeyring } from './centre-keys';

/**
 * A consumer group of this process alone, so every instance of every service reads the whole
 * centre topic from its beginning (it is compacted: the latest event of each centre is its state).
 */
export function centreDirectoryGroup(service: string): string {
  return `${service}.centre-directory.${randomUUID()}`;
}

/**
 * Feeds the directory from every centre lifecycle event: each carries the centre's whole snapshot.
 * The keyring takes the centre's data key first, so a centre is never in the directory without
 * the key its data needs (a key that cannot be unwrapped fails the handler, which retries it).
 */
export function centreDirectorySubscription(group: string, directory: CentreDirectory, keyring?: CentreKeyring): Subscription {
  const apply = async (event: { data: { centre: CentreSnapshot } }) => {
    const snapshot = event.data.centre;
    if (!directory.isNewer(snapshot)) return;
    await keyring?.accept(snapshot);
    directory.apply(snapshot);
  };
  return orderedSubscription(
    group,
    CENTRE_EVENTS.map((definition) => on(definition, apply)),
  );
}
