import { caseOpenedV1, createEvent, type EventMetadata } from '@corredor/contracts';
import { randomUUID } from 'node:crypto';
import type { ProcessedEvents } from './consumer/processed-events';
import { toOutboxRecord, type OutboxRecord, type OutboxStore } from './outbox/outbox';

export function caseOpened(meta: Partial<EventMetadata> = {}, caseId: string = randomUUID()) {
  return createEvent(
    caseOpenedV1,
    {
      caseId,
      intakeId: randomUUID(),
      openedAt: '2026-11-23T10:00:00.000Z',
      profile: { sex: 'female', ageBand: '18-29', nationality: 'HT', languages: ['ht'] },
    },
    { tenant: 'tijuana', source: '/corredor/case', correlationId: 'c-1', causationId: 'c-1', ...meta },
  );
}

export function caseOpenedRecord(meta: Partial<EventMetadata> = {}, caseId?: string): OutboxRecord {
  const event = caseOpened(meta, caseId);
  return toOutboxRecord(caseOpenedV1, event, event.data.caseId, new Date());
}

export class ArrayProcessedEvents implements ProcessedEvents {
  readonly seen = new Set<string>();
  async has(group: string, id: string) {
    return this.seen.has(`${group}/${id}`);
  }
  async add(group: string, id: string) {
    this.seen.add(`${group}/${id}`);
  }
}

/** Keeps every record ever added (for assertions) and which of them were published. */
export class ArrayOutbox implements OutboxStore {
  private readonly published = new Set<string>();
  constructor(readonly records: OutboxRecord[] = []) {}
  async pending(limit: number) {
    return this.records.filter((r) => !this.published.has(r.id)).sort((a, b) => a.position - b.position).slice(0, limit);
  }
  async removePublished(ids: string[]) {
    for (const id of ids) this.published.add(id);
  }
  async countPending() {
    return this.records.filter((r) => !this.published.has(r.id)).length;
  }
}

export async function eventually(assertion: () => void | Promise<void>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}
