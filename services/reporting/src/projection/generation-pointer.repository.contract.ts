import type { GenerationPointerRepository } from './generation-pointer.repository';

export function describeGenerationPointerRepositoryContract(name: string, setup: () => Promise<GenerationPointerRepository>): void {
  describe(`${name} generation-pointer repository`, () => {
    it('names no generation until the first switch, then the latest one', async () => {
      const pointer = await setup();
      expect(await pointer.read()).toBeNull();
      await pointer.write('g2', new Date('2026-11-23T15:00:00Z'));
      await pointer.write('g3', new Date('2026-11-24T15:00:00Z'));
      expect(await pointer.read()).toBe('g3');
    });
  });
}
