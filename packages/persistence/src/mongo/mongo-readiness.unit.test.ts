import mongoose, { Schema } from 'mongoose';
import { hardenConnection, trusted } from './mongo-connection';
import { indexConflictProblem, indexProblems, replicaSetProblem } from './mongo-readiness';

describe('MongoDB start-up checks', () => {
  it('refuses a server that is not a replica set member: transactions would fail on every write', () => {
    expect(replicaSetProblem({ isWritablePrimary: true, maxWireVersion: 21 })).toMatch(/not a replica set member .* --replSet/);
    expect(replicaSetProblem({ isWritablePrimary: true, setName: '' })).not.toBeNull();
    expect(replicaSetProblem({ isWritablePrimary: true, setName: 'rs0', hosts: ['mongo:27017'] })).toBeNull();
  });

  it('names the collection and the index that the database has and the schema lacks, or the reverse', () => {
    expect(indexProblems('cases', { toDrop: [], toCreate: [] })).toEqual([]);
    expect(indexProblems('cases', { toDrop: ['tenant_1_reference_1'], toCreate: [{ tenant: 1, reference: 1, _id: -1 }] })).toEqual([
      'cases: index tenant_1_reference_1 is in the database but not in the schema (an old or conflicting index: drop it or declare it)',
      'cases: index tenant_1_reference_1__id_-1 is declared by the schema but missing from the database',
    ]);
  });

  it('turns an index conflict into a sentence with the collection and the index name, without the spec', () => {
    const conflict = Object.assign(new Error(
      'An existing index has the same name as the requested index. Requested index: { v: 2, unique: true, key: { tenant: 1, alias: 1 }, name: "tenant_1_alias_1", partialFilterExpression: { alias: "Marie Joseph" } }, existing index: { v: 2, key: { tenant: 1, alias: 1 }, name: "tenant_1_alias_1" }',
    ), { code: 86, codeName: 'IndexKeySpecsConflict' });
    const problem = indexConflictProblem('people', conflict);
    expect(problem).toBe('people: index tenant_1_alias_1 conflicts with an existing index of the same name or keys with other options: drop the old index');
    expect(problem).not.toContain('Marie');
    expect(indexConflictProblem('people', Object.assign(new Error('timeout'), { code: 50 }))).toBeNull();
    expect(indexConflictProblem('people', 'boom')).toBeNull();
  });
});

describe('queries on a connection as connectMongo configures it', () => {
  const connection = hardenConnection(mongoose.createConnection());
  const people = connection.model('SanitizeProbe', new Schema({ tenant: String, alias: String }, { bufferCommands: false }));
  afterAll(() => connection.close());

  /** The filter as it would be sent: the query fails after sanitising and casting, for want of a server. */
  async function sentFilter(filter: Record<string, unknown>) {
    const query = people.find(filter);
    const error: unknown = await query.exec().then(() => null, (e: unknown) => e);
    return { filter: query.getFilter(), error: error instanceof Error ? error.message : '' };
  }

  it("compares a client's operator object with $eq instead of running it", async () => {
    const { filter } = await sentFilter({ tenant: 'tijuana', alias: { $ne: null } });
    expect(filter['alias']).toEqual({ $eq: { $ne: null } });
    expect(mongoose.sanitizeFilter({ $or: [{ alias: { $regex: '.*' } }] })).toEqual({ $or: [{ alias: { $eq: { $regex: '.*' } } }] });
    expect((await sentFilter({ $where: 'sleep(1000)' })).error).toMatch(/\$where is not allowed/);
  });

  it('leaves an operator our code marked as trusted alone', async () => {
    const { filter } = await sentFilter({ tenant: 'tijuana', alias: trusted({ $in: ['a', 'b'] }) });
    expect(filter['alias']).toMatchObject({ $in: ['a', 'b'] });
    expect(filter['alias']).not.toHaveProperty('$eq');
  });

  it('throws on a filter path the schema lacks instead of dropping it, which would widen the query', async () => {
    expect((await sentFilter({ tenant: 'tijuana', tenantt: 'x' })).error).toMatch(/strictQuery/);
  });
});
