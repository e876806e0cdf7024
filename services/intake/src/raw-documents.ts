/**
 * For repository contract suites: a stored document as the database holds it (no codec, no
 * mongoose), to prove what an attacker reading the store would see.
 */
export type RawDocuments = (collection: string, id: string) => Promise<Record<string, unknown> | null>;

/** Raw reads of in-memory collections, by their names. */
export function memoryRawDocuments(...collections: ReadonlyArray<{ name: string; contents(): ReadonlyArray<{ id: string }> }>): RawDocuments {
  return async (name, id) => {
    const collection = collections.find((candidate) => candidate.name === name);
    if (!collection) throw new Error(`no collection ${name} in this fixture`);
    return (collection.contents().find((doc) => doc.id === id) as Record<string, unknown> | undefined) ?? null;
  };
}

/** Every string in a stored document, however deep: what a raw read shows. */
export function textOf(doc: unknown): string {
  return JSON.stringify(doc) ?? '';
}
