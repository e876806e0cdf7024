import {
  auditEntryFields,
  auditHash,
  canonicalJson,
  chainEntry,
  GENESIS_HASH,
  NOT_AN_ID,
  verifyChain,
  type AuditEntry,
  type AuditEntryFields,
  type ChainVerification,
} from './audit-trail.domain';

const read = (n: number, centre = 'tijuana'): AuditEntryFields => ({
  centre,
  actor: { userId: 'ana@tijuana', roles: ['promoter'] },
  action: 'person.read',
  record: { type: 'person', id: `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}` },
  purpose: 'case-work',
  requestId: `request-${n}`,
});

/** A valid chain of `length` entries for one centre. */
function chain(length: number, centre = 'tijuana'): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (let n = 1; n <= length; n += 1) {
    entries.push(chainEntry(entries[entries.length - 1] ?? null, read(n, centre), { id: `entry-${n}`, at: new Date(Date.UTC(2026, 10, 23, 15, n)) }));
  }
  return entries;
}

const at = <T>(list: T[], index: number): T => {
  const item = list[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
};

describe('audit trail chain', () => {
  it('numbers a centre\'s entries from 1 and links each to the previous hash, the first to the genesis value', () => {
    const [first, second] = chain(2);
    expect(first).toMatchObject({ seq: 1, prevHash: GENESIS_HASH });
    expect(second).toMatchObject({ seq: 2, prevHash: first?.hash });
    expect(first?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(first?.hash).not.toBe(second?.hash);
  });

  it('hashes the canonical form: the same entry with its keys in another order has the same hash', () => {
    const [entry] = chain(1);
    if (!entry) throw new Error('no entry');
    const { hash: _hash, ...rest } = entry;
    const reordered = Object.fromEntries(Object.entries(rest).reverse()) as Omit<AuditEntry, 'hash'>;
    expect(auditHash(reordered)).toBe(entry.hash);
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: new Date(0) }] })).toBe('{"a":[{"c":"1970-01-01T00:00:00.000Z","d":2}],"b":1}');
  });

  type Case = [name: string, tamper: (entries: AuditEntry[]) => AuditEntry[], expected: ChainVerification];
  const cases: Case[] = [
    ['an untouched chain', (e) => e, { ok: true, entries: 5 }],
    ['no entry at all', () => [], { ok: true, entries: 0 }],
    [
      'a middle entry changed in place (who read it)',
      (e) => e.map((entry) => (entry.seq === 3 ? { ...entry, actor: { userId: 'someone-else', roles: entry.actor.roles } } : entry)),
      { ok: false, entries: 5, firstBrokenLink: { seq: 3, id: 'entry-3', reason: 'hash-mismatch' } },
    ],
    [
      'a middle entry changed in place (which record)',
      (e) => e.map((entry) => (entry.seq === 2 ? { ...entry, record: { ...entry.record, id: NOT_AN_ID } } : entry)),
      { ok: false, entries: 5, firstBrokenLink: { seq: 2, id: 'entry-2', reason: 'hash-mismatch' } },
    ],
    [
      'a middle entry rewritten and rehashed: the next one no longer links to it',
      (e) =>
        e.map((entry) => {
          if (entry.seq !== 3) return entry;
          const { hash: _hash, ...rest } = { ...entry, purpose: 'erasure' };
          return { ...rest, hash: auditHash(rest) };
        }),
      { ok: false, entries: 5, firstBrokenLink: { seq: 4, id: 'entry-4', reason: 'broken-link' } },
    ],
    ['a middle entry deleted', (e) => e.filter((entry) => entry.seq !== 3), { ok: false, entries: 4, firstBrokenLink: { seq: 4, id: 'entry-4', reason: 'sequence-gap' } }],
    ['the first entry deleted', (e) => e.slice(1), { ok: false, entries: 4, firstBrokenLink: { seq: 2, id: 'entry-2', reason: 'sequence-gap' } }],
    ['two entries swapped in order', (e) => [at(e, 0), at(e, 2), at(e, 1), at(e, 3), at(e, 4)], { ok: false, entries: 5, firstBrokenLink: { seq: 3, id: 'entry-3', reason: 'sequence-gap' } }],
    [
      'two entries swapped with their numbers kept in place',
      (e) => [at(e, 0), { ...at(e, 2), seq: 2 }, { ...at(e, 1), seq: 3 }, at(e, 3), at(e, 4)],
      { ok: false, entries: 5, firstBrokenLink: { seq: 2, id: 'entry-3', reason: 'broken-link' } },
    ],
    [
      'an entry renumbered after a deletion, to hide the gap',
      (e) => [at(e, 0), at(e, 1), { ...at(e, 3), seq: 3 }, { ...at(e, 4), seq: 4 }],
      { ok: false, entries: 4, firstBrokenLink: { seq: 3, id: 'entry-4', reason: 'broken-link' } },
    ],
    [
      "another centre's entry slipped in",
      (e) => [at(e, 0), { ...at(chain(2, 'tapachula'), 1) }, ...e.slice(2)],
      { ok: false, entries: 5, firstBrokenLink: { seq: 2, id: 'entry-2', reason: 'broken-link' } },
    ],
  ];

  it.each(cases)('verifies %s', (_name, tamper, expected) => {
    expect(verifyChain(tamper(chain(5)))).toEqual(expected);
  });
});

describe('audit entry fields', () => {
  it('takes the known actions and a service\'s own area.verb, and nothing that could carry a value', () => {
    expect(auditEntryFields({ ...read(1), action: 'interview.read' }).action).toBe('interview.read');
    expect(auditEntryFields({ ...read(1), record: { type: 'person', id: NOT_AN_ID } }).record.id).toBe(NOT_AN_ID);
    const refused: Array<Partial<AuditEntryFields>> = [
      { action: 'Person Read' as never },
      { action: 'person.read?name=Marie' as never },
      { purpose: 'because Marie asked' },
      { record: { type: 'person', id: 'Marie Joseph' } },
      { centre: 'Tijuana!' },
    ];
    for (const change of refused) expect(() => auditEntryFields({ ...read(1), ...change })).toThrow();
  });
});
