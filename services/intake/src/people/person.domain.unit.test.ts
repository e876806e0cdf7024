import { somePersonDetails } from './person.repository.contract';
import { matchKeysOf, matchQueryOf, matchReason, mergeDetails, type MatchReason } from './person.domain';

const keys = matchKeysOf(
  somePersonDetails({ name: 'José Pérez', alias: 'Pepe', yearOfBirth: 1994, nationalities: ['GT', 'MX'], identityDocuments: [{ type: 'passport', number: 'AB123456', issuingCountry: 'GT' }] }),
);

describe('match keys', () => {
  it('fold names, take the first nationality and the year, and key documents by type and number', () => {
    expect(keys).toEqual({ names: ['jose perez', 'pepe'], yearOfBirth: 1994, nationality: 'GT', documents: ['PASSPORT:AB123456'] });
    expect(matchKeysOf(somePersonDetails({ yearOfBirth: undefined, dateOfBirth: '1990-02-03' })).yearOfBirth).toBe(1990);
  });
});

describe('why a person may be the one at the door', () => {
  it.each<[string, Parameters<typeof matchQueryOf>[0], MatchReason | null]>([
    ['the same document, whatever else differs', { name: 'Someone Else', documents: [{ type: 'passport', number: 'AB123456' }] }, 'document'],
    ['the same folded name, year and first nationality', { name: ' JOSE   perez', yearOfBirth: 1994, nationality: 'GT' }, 'name-year-nationality'],
    ['the alias, year and nationality', { alias: 'pepe', yearOfBirth: 1994, nationality: 'GT' }, 'name-year-nationality'],
    ['the name and year with another nationality', { name: 'José Pérez', yearOfBirth: 1994, nationality: 'MX' }, 'name-year'],
    ['the name and year with an unknown nationality', { name: 'José Pérez', yearOfBirth: 1994, nationality: 'unknown' }, 'name-year'],
    ['the name in another year: no match', { name: 'José Pérez', yearOfBirth: 1995, nationality: 'GT' }, null],
    ['the name without a year: no match', { name: 'José Pérez' }, null],
    ['another document of the same type: no match', { documents: [{ type: 'passport', number: 'AB123457' }] }, null],
    ['the same number as another type: no match', { documents: [{ type: 'other-id', number: 'AB123456' }] }, null],
  ])('%s', (_case, query, reason) => {
    expect(matchReason(matchQueryOf(query), keys)).toBe(reason);
  });
});

describe('corrections to a returning person', () => {
  it('replace the fields sent and keep the others', () => {
    const held = somePersonDetails({ alias: 'Mari', contactChannels: [{ channel: 'phone', value: '+526641234567' }] });
    expect(mergeDetails(held, { alias: 'Marie J.', languages: ['ht', 'es'] })).toEqual({ ...held, alias: 'Marie J.', languages: ['ht', 'es'] });
  });
});
