import { referToPartnerOf } from './refer-to-partner';

describe('the partner carried from the directory to a case', () => {
  it('is read from the state the partner entry puts in history', () => {
    expect(referToPartnerOf({ referTo: { partnerId: 'p1', partnerName: 'Casa del Migrante' } })).toEqual({ partnerId: 'p1', partnerName: 'Casa del Migrante' });
  });

  it('is absent for any other state', () => {
    for (const state of [null, undefined, 'x', {}, { referTo: null }, { referTo: { partnerId: 1, partnerName: 'x' } }]) expect(referToPartnerOf(state)).toBeNull();
  });
});
