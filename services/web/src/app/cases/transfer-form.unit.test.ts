import { checkCentreId } from './transfer-form';

describe('the receiving centre of a transfer', () => {
  it('takes a centre id as typed, in any case, without surrounding spaces', () => {
    expect(checkCentreId('  Tapachula ', 'tijuana')).toEqual({ value: 'tapachula' });
    expect(checkCentreId('ciudad-juarez', 'tijuana')).toEqual({ value: 'ciudad-juarez' });
  });

  it('refuses what cannot be a centre id, and this centre itself', () => {
    expect(checkCentreId('', 'tijuana').error).toEqual({ key: 'error.required' });
    expect(checkCentreId('Ciudad Juárez', 'tijuana').error).toEqual({ key: 'error.centreId' });
    expect(checkCentreId('tijuana', 'tijuana').error).toEqual({ key: 'error.ownCentre' });
  });
});
