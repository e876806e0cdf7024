import { amountChanges, amountDraftsOf, amountForInput, NO_AMOUNT_DRAFTS, parseAmount, parseCurrency, separatorsOf } from './claim-amounts';

const en = separatorsOf('en-US');
const es = separatorsOf('es-MX');
const fr = separatorsOf('fr-FR');

describe('amounts as staff type them', () => {
  it('reads English and Mexican Spanish numbers', () => {
    expect(parseAmount('15500.5', en)).toEqual({ ok: true, amount: '15500.50' });
    expect(parseAmount('15,500.50', es)).toEqual({ ok: true, amount: '15500.50' });
    expect(parseAmount(' 1800 ', es)).toEqual({ ok: true, amount: '1800.00' });
    expect(parseAmount('0.5', en)).toEqual({ ok: true, amount: '0.50' });
  });

  it('reads French numbers, with spaces of any kind and a decimal comma or point', () => {
    expect(parseAmount('15 500,50', fr)).toEqual({ ok: true, amount: '15500.50' });
    expect(parseAmount('15\u202f500,5', fr)).toEqual({ ok: true, amount: '15500.50' });
    expect(parseAmount('1500.75', fr)).toEqual({ ok: true, amount: '1500.75' });
  });

  it('refuses what could mean two different amounts or is not an amount', () => {
    expect(parseAmount('1,5', en)).toEqual({ ok: false, error: 'amountFormat' });
    expect(parseAmount('1.500', fr)).toEqual({ ok: false, error: 'amountFormat' });
    expect(parseAmount('12.345', en)).toEqual({ ok: false, error: 'amountFormat' });
    expect(parseAmount('-100', en)).toEqual({ ok: false, error: 'amountFormat' });
    expect(parseAmount('1e5', en)).toEqual({ ok: false, error: 'amountFormat' });
    expect(parseAmount('15 500', en)).toEqual({ ok: false, error: 'amountFormat' });
    expect(parseAmount('1234567890123', en)).toEqual({ ok: false, error: 'amountFormat' });
  });

  it('keeps every cent of large amounts (no float on the way)', () => {
    expect(parseAmount('999,999,999,999.99', en)).toEqual({ ok: true, amount: '999999999999.99' });
  });

  it('reads blank as no amount', () => {
    expect(parseAmount('  ', en)).toEqual({ ok: true, amount: null });
  });

  it('shows the API amount as it is typed in the language', () => {
    expect(amountForInput('15500.50', fr)).toBe('15500,50');
    expect(amountForInput('15500.50', es)).toBe('15500.50');
    expect(amountForInput(null, es)).toBe('');
  });

  it('parses a currency code', () => {
    expect(parseCurrency(' mxn ')).toBe('MXN');
    expect(parseCurrency('pesos')).toBeNull();
  });
});

describe('the amounts a claim form sends', () => {
  const claim = { amounts: { claimed: '15500.00', agreed: null, awarded: null, received: null, outstanding: null } };

  it('sends the amounts typed for a new claim', () => {
    expect(amountChanges({ ...NO_AMOUNT_DRAFTS, claimed: '15,500' }, null, es)).toEqual({ ok: true, amounts: { claimed: '15500.00' } });
    expect(amountChanges(NO_AMOUNT_DRAFTS, null, es)).toEqual({ ok: true, amounts: undefined });
  });

  it('sends only the amounts changed on an existing claim, a cleared one as null', () => {
    const drafts = amountDraftsOf(claim, fr);
    expect(drafts.claimed).toBe('15500,00');
    expect(amountChanges(drafts, claim, fr)).toEqual({ ok: true, amounts: undefined });
    expect(amountChanges({ ...drafts, agreed: '12 000' }, claim, fr)).toEqual({ ok: true, amounts: { agreed: '12000.00' } });
    expect(amountChanges({ ...drafts, claimed: '' }, claim, fr)).toEqual({ ok: true, amounts: { claimed: null } });
  });

  it('names each amount that cannot be read and sends nothing', () => {
    expect(amountChanges({ ...NO_AMOUNT_DRAFTS, claimed: 'mil', received: '1,5' }, null, en)).toEqual({ ok: false, errors: { claimed: 'amountFormat', received: 'amountFormat' } });
  });
});
