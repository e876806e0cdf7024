/**
 * Sums of money as decimal strings ("1500.50"), in cents as integers so that no float rounding
 * touches what a person is owed or was paid. Amounts come as the contracts write them: digits and at
 * most two decimals.
 */
const AMOUNT = /^(\d+)(?:\.(\d{1,2}))?$/;

export function toCents(amount: string): bigint {
  const match = AMOUNT.exec(amount);
  if (!match) throw new Error('not an amount of money');
  return BigInt(match[1] ?? '0') * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
}

/** Always two decimals: "0.00", "15500.50". */
export function fromCents(cents: bigint): string {
  const whole = cents / 100n;
  const rest = cents % 100n;
  return `${whole}.${rest.toString().padStart(2, '0')}`;
}

/** The sum of the amounts given (a null counts as nothing). */
export function sumAmounts(amounts: ReadonlyArray<string | null>): string {
  return fromCents(amounts.reduce((sum, amount) => sum + (amount === null ? 0n : toCents(amount)), 0n));
}
