import { moveRebuild, newRebuild, type Rebuild } from './rebuild.domain';
import { STOPPED_RESPONDING, type RebuildRepository } from './rebuild.repository';

const at = (iso: string) => new Date(iso);
const rebuild = (id: string, generation: string, startedAt: string): Rebuild =>
  newRebuild({ id, generation, replacing: 'g1', startedBy: 'operator@red-corredor-mx', at: at(startedAt), total: 1200 });

export function describeRebuildRepositoryContract(name: string, setup: () => Promise<RebuildRepository>): void {
  describe(`${name} rebuild repository`, () => {
    let rebuilds: RebuildRepository;
    beforeEach(async () => {
      rebuilds = await setup();
    });

    it('lets one rebuild run at a time, keeps its progress, and answers the latest', async () => {
      expect(await rebuilds.latest()).toBeNull();
      const first = rebuild('0b1f5c2e-0000-4000-8000-000000000001', 'g2', '2026-11-23T15:00:00Z');
      expect(await rebuilds.begin(first, at('2026-11-23T14:59:00Z'))).toBe('begun');
      expect(await rebuilds.begin(rebuild('0b1f5c2e-0000-4000-8000-000000000002', 'g3', '2026-11-23T15:00:10Z'), at('2026-11-23T14:59:10Z'))).toBe('busy');

      const going = { ...first, heartbeatAt: at('2026-11-23T15:00:05Z'), progress: { ...first.progress, read: 600, applied: 590, ignored: 10, eventsPerSecond: 120.5, secondsLeft: 5, elapsedSeconds: 5 } };
      await rebuilds.save(going);
      expect(await rebuilds.get(first.id)).toEqual(going);
      const switched = moveRebuild(going, 'handing-over', at('2026-11-23T15:00:09Z'));
      await rebuilds.save(switched);
      expect(await rebuilds.latest()).toEqual(switched);

      const done = moveRebuild(switched, 'done', at('2026-11-23T15:00:20Z'));
      await rebuilds.save(done);
      const second = rebuild('0b1f5c2e-0000-4000-8000-000000000003', 'g3', '2026-11-23T15:00:20Z');
      expect(await rebuilds.begin(second, at('2026-11-23T14:59:20Z'))).toBe('begun');
      expect(await rebuilds.latest()).toEqual(second);
      expect(await rebuilds.get(first.id)).toEqual(done);
      expect(await rebuilds.get('0b1f5c2e-0000-4000-8000-000000000009')).toBeNull();
    });

    it('marks a running rebuild whose heartbeat stopped as abandoned, and lets another begin', async () => {
      const stale = rebuild('0b1f5c2e-0000-4000-8000-000000000004', 'g2', '2026-11-23T15:00:00Z');
      expect(await rebuilds.begin(stale, at('2026-11-23T14:59:00Z'))).toBe('begun');
      const next = rebuild('0b1f5c2e-0000-4000-8000-000000000005', 'g3', '2026-11-23T15:05:00Z');
      expect(await rebuilds.begin(next, at('2026-11-23T15:04:00Z'))).toBe('begun');
      expect(await rebuilds.get(stale.id)).toMatchObject({ status: 'abandoned', failure: STOPPED_RESPONDING, finishedAt: at('2026-11-23T15:05:00Z') });
      expect(await rebuilds.latest()).toEqual(next);
    });
  });
}
