import type { ProcessedEvents } from '@corredor/messaging';
import { MemoryCollection } from './memory-collection';

interface ProcessedEvent {
  id: string;
  group: string;
  eventId: string;
  processedAt: Date;
}

export class MemoryProcessedEvents implements ProcessedEvents {
  private readonly collection = new MemoryCollection<ProcessedEvent>('processed_events', [
    { name: 'group_eventId', fields: ['group', 'eventId'] },
  ]);

  async has(group: string, eventId: string): Promise<boolean> {
    return this.collection.has(`${group}/${eventId}`);
  }

  async add(group: string, eventId: string, at: Date): Promise<void> {
    const id = `${group}/${eventId}`;
    if (this.collection.has(id)) return;
    this.collection.insert({ id, group, eventId, processedAt: at });
  }
}
