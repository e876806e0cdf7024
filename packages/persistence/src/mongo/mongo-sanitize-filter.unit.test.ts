import mongoose, { Schema } from 'mongoose';
import { hardenConnection, trusted } from './mongo-connection';

/**
 * One query, as a repository writes it, with an operator of its own next to one a client slipped in
 * (a `{"$in": [...]}` where a value was expected): on a connection hardened like connectMongo's, the
 * trusted `$in` is sent as written and the other is only compared with `$eq`. Built without a server:
 * the query fails for want of one after sanitising and casting, and its filter is read then.
 */
describe('filter sanitising on a hardened connection', () => {
  const connection = hardenConnection(mongoose.createConnection());
  const people = connection.model('SanitizeFilterProbe', new Schema({ tenant: String, alias: String }, { bufferCommands: false }));
  afterAll(() => connection.close());

  it('keeps a trusted $in and neutralises an untrusted one in the same query', async () => {
    const query = people.find({ tenant: trusted({ $in: ['tijuana', 'tapachula'] }), alias: { $in: ['Marie', 'Jean'] } });
    await query.exec().then(
      () => null,
      (error: unknown) => error,
    );
    const filter = query.getFilter();
    expect(filter['tenant']).toMatchObject({ $in: ['tijuana', 'tapachula'] });
    expect(filter['tenant']).not.toHaveProperty('$eq');
    expect(filter['alias']).toEqual({ $eq: { $in: ['Marie', 'Jean'] } });
  });
});
