import { DuplicateKeyError, MemoryCollection } from '@corredor/persistence';
import { isRunning, moveRebuild, type Rebuild } from './rebuild.domain';
import { STOPPED_RESPONDING, type RebuildRepository } from './rebuild.repository';

/** `running` is set on the running rebuild only: the unique index lets one hold it. */
type Stored = Rebuild & { running: 'rebuild' | null; sequence: number };

const stored = (rebuild: Rebuild, sequence: number): Stored => ({ ...rebuild, running: isRunning(rebuild.status) ? 'rebuild' : null, sequence });
const rebuildOf = ({ running: _running, sequence: _sequence, ...rebuild }: Stored): Rebuild => rebuild;

export class MemoryRebuildRepository implements RebuildRepository {
  private readonly rebuilds = new MemoryCollection<Stored>('reporting_rebuilds', [{ name: 'one_running', fields: ['running'] }]);

  async begin(rebuild: Rebuild, staleBefore: Date): Promise<'begun' | 'busy'> {
    this.rebuilds.updateWhere({ running: 'rebuild', heartbeatAt: { $lt: staleBefore } }, (stale) =>
      stored(moveRebuild(rebuildOf(stale), 'abandoned', rebuild.startedAt, STOPPED_RESPONDING), stale.sequence),
    );
    const sequence = (this.rebuilds.find({}, { sort: { sequence: -1 }, limit: 1 })[0]?.sequence ?? 0) + 1;
    try {
      this.rebuilds.insert(stored(rebuild, sequence));
      return 'begun';
    } catch (error) {
      if (error instanceof DuplicateKeyError) return 'busy';
      throw error;
    }
  }

  async save(rebuild: Rebuild): Promise<void> {
    this.rebuilds.updateWhere({ id: rebuild.id }, (current) => stored(rebuild, current.sequence));
  }

  async get(id: string): Promise<Rebuild | null> {
    const found = this.rebuilds.findOne({ id });
    return found ? rebuildOf(found) : null;
  }

  async latest(): Promise<Rebuild | null> {
    const [found] = this.rebuilds.find({}, { sort: { sequence: -1 }, limit: 1 });
    return found ? rebuildOf(found) : null;
  }
}
