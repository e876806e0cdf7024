import type { paths } from '../api/generated/referral';
import { ApiError } from '../api/problem';
import type { PartnerService } from './partner-labels';

export type NewPartnerBody = paths['/partners']['post']['requestBody']['content']['application/json'];

/** What the form holds, as typed. */
export interface PartnerDraft {
  name: string;
  services: PartnerService[];
  /** Languages ticked from the offered list. */
  languages: string[];
  /** Other language codes, typed: "mam, quc". */
  otherLanguages: string;
  agreementSigned: boolean;
}

export const emptyPartnerDraft = (): PartnerDraft => ({ name: '', services: [], languages: [], otherLanguages: '', agreementSigned: false });

export type PartnerField = 'name' | 'services' | 'languages';
/** Why a field is refused, as the form says it in the person's language. */
export type PartnerProblem =
  | 'name.required'
  | 'name.too-short'
  | 'name.too-long'
  | 'name.exists'
  | 'services.required'
  | 'languages.invalid'
  | 'languages.repeated'
  | 'languages.too-many';

/** A field's error: one of the form's own problems, or the API's message for it (which never echoes what was typed). */
export type FieldError = { problem: PartnerProblem } | { message: string };
export type PartnerErrors = Partial<Record<PartnerField, FieldError>>;

export type PartnerFormResult = { ok: true; body: NewPartnerBody } | { ok: false; errors: PartnerErrors };

export const NAME_MIN = 2;
export const NAME_MAX = 200;
export const LANGUAGES_MAX = 10;

/** A BCP 47 language tag as the API checks it: one the platform's Intl accepts, 2 to 35 characters. */
export function isLanguageTag(tag: string): boolean {
  if (tag.length < 2 || tag.length > 35) return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** The languages ticked and typed, in that order. */
export function languagesOf(draft: Pick<PartnerDraft, 'languages' | 'otherLanguages'>): string[] {
  const typed = draft.otherLanguages
    .split(/[\s,;]+/)
    .map((code) => code.trim())
    .filter((code) => code !== '');
  return [...draft.languages, ...typed];
}

/**
 * The request body for the form, checked with the API's own rules (name trimmed, 2 to 200
 * characters; at least one service; languages valid tags, none twice, at most ten), or each field's
 * problem so it shows before anything is sent.
 */
export function partnerBody(draft: PartnerDraft): PartnerFormResult {
  const errors: PartnerErrors = {};
  const name = draft.name.trim();
  if (name === '') errors.name = { problem: 'name.required' };
  else if (name.length < NAME_MIN) errors.name = { problem: 'name.too-short' };
  else if (name.length > NAME_MAX) errors.name = { problem: 'name.too-long' };
  const services = [...new Set(draft.services)];
  if (services.length === 0) errors.services = { problem: 'services.required' };
  const languages = languagesOf(draft);
  if (!languages.every(isLanguageTag)) errors.languages = { problem: 'languages.invalid' };
  else if (new Set(languages.map((code) => code.toLowerCase())).size !== languages.length) errors.languages = { problem: 'languages.repeated' };
  else if (languages.length > LANGUAGES_MAX) errors.languages = { problem: 'languages.too-many' };
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, body: { name, services, agreementSigned: draft.agreementSigned, ...(languages.length > 0 ? { languages } : {}) } };
}

const FIELDS: readonly PartnerField[] = ['name', 'services', 'languages'];

/**
 * What the API refused, by field: a name already in the directory (409), or its field errors (422),
 * `languages.2` shown at the languages. Null when the refusal is not about a field.
 */
export function apiErrors(error: unknown): PartnerErrors | null {
  if (!(error instanceof ApiError)) return null;
  if (error.code === 'REFERRAL.PARTNER_ALREADY_EXISTS') return { name: { problem: 'name.exists' } };
  const errors: PartnerErrors = {};
  for (const item of error.problem.errors ?? []) {
    const field = FIELDS.find((candidate) => item.field.replace(/^body\./, '').split('.')[0] === candidate);
    if (field && !errors[field]) errors[field] = { message: item.message };
  }
  return Object.keys(errors).length > 0 ? errors : null;
}
