import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { EventEnvelope, EventMetadata } from './envelope';
import type { TopicName } from './topics';

export interface EventDefinition<TType extends string = string, TSchema extends z.ZodType = z.ZodType> {
  readonly type: TType;
  readonly version: number;
  readonly topic: TopicName;
  readonly schema: TSchema;
  /** False means the event may be consumed by reporting and shared outside the centre's case work. */
  readonly carriesPersonalData: boolean;
}

export type EventOf<D extends EventDefinition> = EventEnvelope<D['type'], z.infer<D['schema']>>;
export type DataOf<D extends EventDefinition> = z.infer<D['schema']>;

export function defineEvent<TType extends string, TSchema extends z.ZodType>(
  definition: EventDefinition<TType, TSchema>,
): EventDefinition<TType, TSchema> {
  return Object.freeze(definition);
}

/** Builds a validated envelope; a producer cannot emit data its own contract refuses. */
export function createEvent<D extends EventDefinition>(definition: D, data: DataOf<D>, meta: EventMetadata): EventOf<D> {
  const parsed = definition.schema.parse(data) as DataOf<D>;
  return {
    specversion: '1.0',
    id: meta.id ?? randomUUID(),
    source: meta.source,
    type: definition.type,
    time: (meta.time ?? new Date()).toISOString(),
    datacontenttype: 'application/json',
    ...(meta.subject === undefined ? {} : { subject: meta.subject }),
    tenantid: meta.tenant,
    correlationid: meta.correlationId,
    causationid: meta.causationId,
    eventversion: definition.version,
    data: parsed,
  };
}

/** Metadata for an event caused by another one: same tenant and correlation, causation = that event. */
export function causedBy(event: EventEnvelope, source: string, subject?: string): EventMetadata {
  return {
    tenant: event.tenantid,
    source,
    correlationId: event.correlationid,
    causationId: event.id,
    ...(subject === undefined ? {} : { subject }),
  };
}
