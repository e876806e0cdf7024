/** Which generation of the projection is live: the one the routes read and the subscriptions feed. */
export interface GenerationPointerRepository {
  /** null before the first switch (the deployment's first generation is live). */
  read(): Promise<string | null>;
  write(generation: string, at: Date): Promise<void>;
}
