import { z } from 'zod';
import { centreSnapshotSchema, centreSpecSchema } from '../centre';
import { defineEvent } from '../event-definition';
import { TOPICS } from '../topics';

/**
 * The centre lifecycle on the compacted `corredor.centre.events` topic, keyed by centre id. Each
 * event carries the whole centre as it is after the change (see centreSnapshotSchema); none carries
 * personal data: a centre's contact details are its office's.
 */
const lifecycleEvent = <T extends string>(type: T, extra: z.ZodRawShape = {}) =>
  defineEvent({
    type,
    version: 1,
    topic: TOPICS.centreEvents,
    carriesPersonalData: false,
    schema: z.strictObject({ centre: centreSnapshotSchema, ...extra }),
  });

export const centreProvisionedV1 = lifecycleEvent('centre.provisioned');
export const centreUpdatedV1 = lifecycleEvent('centre.updated', {
  /** The top-level fields of the spec that changed. */
  changed: z.array(z.enum(Object.keys(centreSpecSchema.shape) as [keyof typeof centreSpecSchema.shape, ...Array<keyof typeof centreSpecSchema.shape>])).min(1),
});
export const centreSuspendedV1 = lifecycleEvent('centre.suspended');
export const centreReactivatedV1 = lifecycleEvent('centre.reactivated');
export const centreArchivedV1 = lifecycleEvent('centre.archived');

/** The centre got a data key (at provisioning, or at the centre service's start for a centre from before data keys). */
export const centreDataKeyIssuedV1 = lifecycleEvent('centre.data-key-issued');
/**
 * The centre's data key was destroyed (crypto-shredding): the snapshot's `dataKey` is
 * `{ state: 'destroyed' }`, and compaction drops the earlier events that still held the wrapped key.
 */
export const centreDataKeyDestroyedV1 = lifecycleEvent('centre.data-key-destroyed');

export const CENTRE_EVENTS = [
  centreProvisionedV1,
  centreUpdatedV1,
  centreSuspendedV1,
  centreReactivatedV1,
  centreArchivedV1,
  centreDataKeyIssuedV1,
  centreDataKeyDestroyedV1,
] as const;
