import { atOnce } from '../cooperative/steps';
import { oneWayTables, tabulate } from './tabulate.domain';

const people = [
  { sex: 'female', nationality: 'HT', language: ['ht', 'fr'] },
  { sex: 'female', nationality: 'HN', language: ['es'] },
  { sex: 'male', nationality: 'HT', language: ['ht'] },
  { sex: 'male', nationality: 'HT', language: [] },
];

describe('tabulating units', () => {
  it('counts a one-way table, sorted by category, with no cell for a category nobody is in', () => {
    expect(tabulate(people, ['nationality'])).toEqual({
      dimensions: ['nationality'],
      cells: [
        { key: ['HN'], count: 1 },
        { key: ['HT'], count: 3 },
      ],
    });
  });

  it('counts a unit in each category of a multi-valued dimension (once each), and in none when it has none', () => {
    expect(tabulate([...people, { sex: 'female', nationality: 'HT', language: ['es', 'es'] }], ['language']).cells).toEqual([
      { key: ['es'], count: 2 },
      { key: ['fr'], count: 1 },
      { key: ['ht'], count: 2 },
    ]);
  });

  it('counts a two-way table, multi-valued dimensions included', () => {
    expect(tabulate(people, ['sex', 'language']).cells).toEqual([
      { key: ['female', 'es'], count: 1 },
      { key: ['female', 'fr'], count: 1 },
      { key: ['female', 'ht'], count: 1 },
      { key: ['male', 'ht'], count: 1 },
    ]);
    expect(tabulate(people, ['nationality', 'sex']).cells).toEqual([
      { key: ['HN', 'female'], count: 1 },
      { key: ['HT', 'female'], count: 1 },
      { key: ['HT', 'male'], count: 2 },
    ]);
  });

  it('counts the one-way tables of several dimensions at once as each on its own', () => {
    const units = [...people, { sex: 'female', nationality: 'HT', language: ['es', 'es', 'ht'] }];
    const dimensions = ['sex', 'language', 'nationality'];
    expect(atOnce(oneWayTables(units, dimensions))).toEqual(dimensions.map((dimension) => tabulate(units, [dimension])));
    expect(atOnce(oneWayTables(units, ['language']))[0]?.cells).toEqual([
      { key: ['es'], count: 2 },
      { key: ['fr'], count: 1 },
      { key: ['ht'], count: 3 },
    ]);
  });

  it('gives the total as one cell with no key, zero included', () => {
    expect(tabulate(people, [])).toEqual({ dimensions: [], cells: [{ key: [], count: 4 }] });
    expect(tabulate([], [])).toEqual({ dimensions: [], cells: [{ key: [], count: 0 }] });
    expect(tabulate([], ['sex'])).toEqual({ dimensions: ['sex'], cells: [] });
  });

  it('refuses a dimension the units do not have (a programming error, not a zero)', () => {
    expect(() => tabulate(people, ['migratoryStatus'])).toThrow(/migratoryStatus/);
  });
});
