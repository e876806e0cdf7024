import { MemoryCollection, memoryTransaction, type MemoryOutbox } from '@corredor/persistence';
import type { OutboxRecord } from '@corredor/messaging';
import type { Intake } from './intake.domain';
import type { IntakeRepository } from './intake.repository';

export class MemoryIntakeRepository implements IntakeRepository {
  private readonly intakes = new MemoryCollection<Intake>('intakes', [
    { name: 'tenant_idempotencyKey', fields: ['tenant', 'idempotencyKey'] },
  ]);

  constructor(private readonly outbox: MemoryOutbox) {}

  async add(intake: Intake, events: OutboxRecord[]): Promise<void> {
    memoryTransaction([this.intakes, this.outbox.collection], () => {
      this.intakes.insert(intake);
      this.outbox.add(events);
    });
  }

  async findById(tenant: string, id: string): Promise<Intake | null> {
    return this.intakes.findOne({ tenant, id }) ?? null;
  }

  async findByIdempotencyKey(tenant: string, key: string): Promise<Intake | null> {
    return this.intakes.findOne({ tenant, idempotencyKey: key }) ?? null;
  }

  async isReachable(): Promise<boolean> {
    return true;
  }
}
