import type { z } from 'zod';
import { envelopeSchema, type EventEnvelope } from './envelope';
import type { EventDefinition } from './event-definition';

/** Turns the data of version `fromVersion` of `type` into the data of version `fromVersion + 1`. */
export interface Upcaster {
  readonly type: string;
  readonly fromVersion: number;
  up(data: unknown): unknown;
}

export type ParseFailureCode = 'MESSAGE.INVALID_ENVELOPE' | 'MESSAGE.UNKNOWN_EVENT' | 'MESSAGE.INVALID_DATA';

export type ParseResult =
  | { ok: true; event: EventEnvelope; definition: EventDefinition }
  | { ok: false; code: ParseFailureCode; reason: string };

/** Field paths and messages only: zod issues never echo the values, so no personal data leaks here. */
/**
 * What was wrong with a message, for the dead-letter record and the log: paths and kinds of
 * problem, never the values or the names of keys the schema does not know (either may be personal).
 */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.code === 'unrecognized_keys' ? 'unknown fields' : issue.message.replace(/"[^"]*"|'[^']*'/g, '…')}`)
    .join('; ');
}

export class EventRegistry {
  private readonly latest = new Map<string, EventDefinition>();
  private readonly byVersion = new Map<string, EventDefinition>();
  private readonly upcasters = new Map<string, Upcaster>();

  constructor(definitions: readonly EventDefinition[], upcasters: readonly Upcaster[] = []) {
    for (const definition of definitions) {
      const key = `${definition.type}@${definition.version}`;
      if (this.byVersion.has(key)) throw new Error(`event ${key} is defined twice`);
      this.byVersion.set(key, definition);
      const current = this.latest.get(definition.type);
      if (!current || current.version < definition.version) this.latest.set(definition.type, definition);
    }
    for (const upcaster of upcasters) this.upcasters.set(`${upcaster.type}@${upcaster.fromVersion}`, upcaster);
    for (const definition of this.latest.values()) {
      for (let v = 1; v < definition.version; v++) {
        if (!this.upcasters.has(`${definition.type}@${v}`)) {
          throw new Error(`event ${definition.type} v${v} has no upcaster to v${v + 1}`);
        }
      }
    }
  }

  latestOf(type: string): EventDefinition | undefined {
    return this.latest.get(type);
  }

  /** Validates an envelope and its data as sent; data of an older version is upcast to the latest and validated again. */
  parse(raw: unknown): ParseResult {
    const envelope = envelopeSchema.safeParse(raw);
    if (!envelope.success) {
      return { ok: false, code: 'MESSAGE.INVALID_ENVELOPE', reason: describeIssues(envelope.error) };
    }
    const { type, eventversion } = envelope.data;
    const target = this.latest.get(type);
    const original = this.byVersion.get(`${type}@${eventversion}`);
    if (!target || !original || eventversion > target.version) {
      return { ok: false, code: 'MESSAGE.UNKNOWN_EVENT', reason: `no contract for ${type} v${eventversion}` };
    }
    const asSent = original.schema.safeParse(envelope.data.data);
    if (!asSent.success) {
      return { ok: false, code: 'MESSAGE.INVALID_DATA', reason: `${type} v${eventversion}: ${describeIssues(asSent.error)}` };
    }
    // Sent in the latest version: checked against its schema already.
    if (eventversion === target.version) return { ok: true, definition: target, event: { ...envelope.data, type, data: asSent.data } };
    let data: unknown = asSent.data;
    for (let v = eventversion; v < target.version; v++) {
      const upcaster = this.upcasters.get(`${type}@${v}`);
      if (!upcaster) return { ok: false, code: 'MESSAGE.UNKNOWN_EVENT', reason: `no upcaster for ${type} v${v}` };
      data = upcaster.up(data);
    }
    // What the upcasters made must hold to the latest contract, as an event sent in it does.
    const upcast = target.schema.safeParse(data);
    if (!upcast.success) {
      return { ok: false, code: 'MESSAGE.INVALID_DATA', reason: `${type} v${target.version}: ${describeIssues(upcast.error)}` };
    }
    return {
      ok: true,
      definition: target,
      event: { ...envelope.data, type, eventversion: target.version, data: upcast.data },
    };
  }
}
