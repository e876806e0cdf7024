import { fromCents, sumAmounts, toCents } from './money.domain';

describe('sums of money', () => {
  it('adds decimal amounts exactly, to two decimals', () => {
    expect(sumAmounts(['0.10', '0.20'])).toBe('0.30');
    expect(sumAmounts(['15500.5', '1500', null, '0.05'])).toBe('17000.55');
    expect(sumAmounts([])).toBe('0.00');
    expect(sumAmounts(['999999999999.99', '0.01'])).toBe('1000000000000.00');
  });

  it('reads and writes cents', () => {
    expect(toCents('12.3')).toBe(1230n);
    expect(fromCents(5n)).toBe('0.05');
    expect(() => toCents('-1')).toThrow();
  });
});
