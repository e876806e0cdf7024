import { TestCase } from '../test-events';
import { MemoryGenerationPointerRepository } from './generation-pointer.repository.memory';
import { LiveProjection } from './live-projection';
import { createReportingProjection, type ReportingProjection } from './reporting-projection';

const november = { from: '2026-11-01', to: '2026-11-30' };
const served = async (projection: ReportingProjection) => (await projection.figures('tijuana', november, 'America/Tijuana')).units['people-served'].length;

describe('the live generation of the projection', () => {
  it('starts on the first generation, switches to a rebuilt one here and, through the pointer, in every other process', async () => {
    let now = new Date('2026-11-23T15:00:00Z');
    const clock = () => now;
    const pointer = new MemoryGenerationPointerRepository();
    const made: string[] = [];
    const create = (generation: string) => {
      made.push(generation);
      return createReportingProjection({ mongo: null, generation });
    };
    const here = new LiveProjection({ create, pointer, clock });
    const elsewhere = new LiveProjection({ create, pointer, clock });
    const first = await here.live();
    expect(first.generation).toBe('g1');
    expect(await here.live()).toBe(first);
    expect((await elsewhere.live()).generation).toBe('g1');
    await first.apply(new TestCase().opened());

    // A rebuild fills a fresh generation beside the live one, then switches.
    const rebuilt = createReportingProjection({ mongo: null, generation: 'g2' });
    await rebuilt.apply(new TestCase().opened());
    await rebuilt.apply(new TestCase().opened());
    expect(await served(await here.live())).toBe(1);
    expect(await here.switchTo(rebuilt)).toBe(first);
    expect(await here.live()).toBe(rebuilt);
    expect(await served(await here.live())).toBe(2);

    // Another process goes on with what it knew until it reads the pointer again.
    expect((await elsewhere.live()).generation).toBe('g1');
    now = new Date(now.getTime() + 10_000);
    expect((await elsewhere.live()).generation).toBe('g2');
    expect(made).toEqual(['g1', 'g1', 'g2']);
  });

  it('refuses a generation name that cannot be part of a collection name', () => {
    expect(() => createReportingProjection({ mongo: null, generation: 'G 2; drop' })).toThrow(/generation/);
  });
});
