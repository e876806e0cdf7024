import type { GenerationPointerRepository } from './generation-pointer.repository';

export class MemoryGenerationPointerRepository implements GenerationPointerRepository {
  private generation: string | null = null;

  async read(): Promise<string | null> {
    return this.generation;
  }

  async write(generation: string): Promise<void> {
    this.generation = generation;
  }
}
