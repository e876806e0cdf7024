/**
 * Money as integer cents: what a person is owed is added and compared without float rounding. The
 * decimal strings are those moneyAmountSchema accepts: up to 12 digits and 2 decimals, so every
 * amount in cents is an exact integer (below 2^53).
 */
const AMOUNT = /^(\d{1,12})(?:\.(\d{1,2}))?$/;

export function toCents(amount: string): number {
  const match = AMOUNT.exec(amount);
  if (!match) throw new Error('not a money amount');
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** "1500.50", always with two decimals. */
export function fromCents(cents: number): string {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new Error('not an amount in cents');
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}
