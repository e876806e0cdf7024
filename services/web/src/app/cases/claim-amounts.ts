import type { AmountName, ChangeLabourClaim, LabourClaim } from './case-api.types';

/**
 * Amounts owed to a person are decimal strings end to end ("15500.50"), as the API keeps them:
 * never a float, so nothing is rounded away. Staff type them as they write numbers in their
 * language ("15 500,50" in French, "15,500.50" in English); these functions turn that into the
 * API's form and back.
 */

export const AMOUNT_NAMES = ['claimed', 'agreed', 'awarded', 'received'] as const satisfies readonly AmountName[];

/** The API's amount: up to 12 digits, up to 2 decimals. */
const API_AMOUNT = /^(\d{1,12})(?:\.(\d{1,2}))?$/;

export interface NumberSeparators {
  decimal: string;
  group: string;
}

/** How a locale writes 12345.6. */
export function separatorsOf(locale: string): NumberSeparators {
  const parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(12345.6);
  return {
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
  };
}

export type AmountParse = { ok: true; amount: string | null } | { ok: false; error: 'amountFormat' };

/**
 * What staff typed, as the API's decimal string; blank is null (no amount). Digits, the locale's
 * decimal separator and its grouping (spaces of any kind included) are accepted; a "." is read as
 * a decimal point too when the locale's is "," and it cannot be grouping (one "." followed by 1 or 2
 * digits), since many keyboards have only the point.
 */
export function parseAmount(input: string, separators: NumberSeparators): AmountParse {
  const text = input.trim();
  if (text === '') return { ok: true, amount: null };
  const isSpace = (char: string) => /\s/u.test(char) || char === '\u202f' || char === '\u00a0';
  const groupIsSpace = isSpace(separators.group);
  let compact = '';
  for (const char of text) {
    if (isSpace(char)) {
      if (!groupIsSpace) return { ok: false, error: 'amountFormat' };
      continue;
    }
    compact += char;
  }
  let decimalPart: string | undefined;
  let integerPart = compact;
  const decimalAt = compact.lastIndexOf(separators.decimal);
  if (decimalAt >= 0) {
    integerPart = compact.slice(0, decimalAt);
    decimalPart = compact.slice(decimalAt + separators.decimal.length);
  } else if (separators.decimal !== '.' && /^[^.]*\.\d{1,2}$/.test(compact)) {
    const point = compact.lastIndexOf('.');
    integerPart = compact.slice(0, point);
    decimalPart = compact.slice(point + 1);
  }
  if (!groupIsSpace && integerPart.includes(separators.group)) {
    const groups = integerPart.split(separators.group);
    const [first, ...rest] = groups;
    if (!first || !/^\d{1,3}$/.test(first) || rest.some((group) => !/^\d{3}$/.test(group))) return { ok: false, error: 'amountFormat' };
    integerPart = groups.join('');
  }
  const amount = decimalPart === undefined ? integerPart : `${integerPart}.${decimalPart}`;
  const match = API_AMOUNT.exec(amount);
  if (!match) return { ok: false, error: 'amountFormat' };
  return { ok: true, amount: normalise(match[1] ?? '0', match[2]) };
}

/** "0015.5" → "15.50": the form the API answers with, so an unchanged amount compares equal. */
function normalise(integer: string, decimals: string | undefined): string {
  const whole = integer.replace(/^0+(?=\d)/, '');
  return `${whole}.${(decimals ?? '').padEnd(2, '0')}`;
}

/** The API's amount ("15500.50") as it is typed in the person's language ("15500,50"), for an edit form. */
export function amountForInput(amount: string | null, separators: NumberSeparators): string {
  if (amount === null) return '';
  return separators.decimal === '.' ? amount : amount.replace('.', separators.decimal);
}

export type AmountDrafts = Record<AmountName, string>;
export type AmountErrors = Partial<Record<AmountName, 'amountFormat'>>;

/** Empty inputs for a new claim. */
export const NO_AMOUNT_DRAFTS: AmountDrafts = { claimed: '', agreed: '', awarded: '', received: '' };

/** The edit form's starting values: the claim's amounts as the person writes them. */
export function amountDraftsOf(claim: Pick<LabourClaim, 'amounts'>, separators: NumberSeparators): AmountDrafts {
  return {
    claimed: amountForInput(claim.amounts.claimed, separators),
    agreed: amountForInput(claim.amounts.agreed, separators),
    awarded: amountForInput(claim.amounts.awarded, separators),
    received: amountForInput(claim.amounts.received, separators),
  };
}

type Amounts = NonNullable<ChangeLabourClaim['amounts']>;

/**
 * The amounts to send: for a new claim (`before` null) those typed; for a change only those that
 * differ from the claim's (a cleared one as null), so a change says only what staff changed.
 * Errors are per amount; with any error nothing is sent.
 */
export function amountChanges(
  drafts: AmountDrafts,
  before: Pick<LabourClaim, 'amounts'> | null,
  separators: NumberSeparators,
): { ok: true; amounts: Amounts | undefined } | { ok: false; errors: AmountErrors } {
  const amounts: Amounts = {};
  const errors: AmountErrors = {};
  for (const name of AMOUNT_NAMES) {
    const parsed = parseAmount(drafts[name], separators);
    if (!parsed.ok) {
      errors[name] = parsed.error;
      continue;
    }
    if (before === null) {
      if (parsed.amount !== null) amounts[name] = parsed.amount;
    } else if (parsed.amount !== before.amounts[name]) {
      amounts[name] = parsed.amount;
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, amounts: Object.keys(amounts).length > 0 ? amounts : undefined };
}

/**
 * The amount the claim's next status needs (the API refuses an agreement, award or payment without
 * it: CASE.CLAIM_AMOUNT_REQUIRED), so the form can ask for it before sending.
 */
export const AMOUNT_REQUIRED_BY: Partial<Record<LabourClaim['status'], AmountName>> = { agreement: 'agreed', awarded: 'awarded', paid: 'received' };

/** Whether an amount is there and above zero, as the API requires for those statuses. */
export function isPositive(amount: string | null | undefined): boolean {
  return typeof amount === 'string' && /[1-9]/.test(amount);
}

/** A currency code as the API takes it (ISO 4217: three capital letters). */
export function parseCurrency(input: string): string | null {
  const code = input.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(code) ? code : null;
}
