import { ApiError } from '../api/problem';

/**
 * The refusals the case, referral and intake services answer on this area's actions, each as the
 * key of its explanation in the cases namespace. Codes not listed here fall back to the shared
 * error message (which names the code).
 */
export const API_ERROR_LABEL: Readonly<Record<string, string>> = {
  'CASE.ALREADY_CLOSED': 'apiError.CASE.ALREADY_CLOSED',
  'CASE.CLOSED': 'apiError.CASE.CLOSED',
  'CASE.CLOSURE_PENDING': 'apiError.CASE.CLOSURE_PENDING',
  'CASE.NO_CLOSURE_PENDING': 'apiError.CASE.NO_CLOSURE_PENDING',
  'CASE.SIGN_OFF_REQUIRED': 'apiError.CASE.SIGN_OFF_REQUIRED',
  'CASE.SIGN_OFF_NOT_REQUIRED': 'apiError.CASE.SIGN_OFF_NOT_REQUIRED',
  'CASE.INVALID_TRANSITION': 'apiError.CASE.INVALID_TRANSITION',
  'CASE.VERSION_CONFLICT': 'apiError.CASE.VERSION_CONFLICT',
  'CASE.NOT_FOUND': 'apiError.CASE.NOT_FOUND',
  'CASE.TRANSFERRED_REOPEN_COORDINATOR_ONLY': 'apiError.CASE.TRANSFERRED_REOPEN_COORDINATOR_ONLY',
  'CASE.SERVICE_ALREADY_VOIDED': 'apiError.CASE.SERVICE_ALREADY_VOIDED',
  'CASE.CLAIM_AMOUNT_REQUIRED': 'apiError.CASE.CLAIM_AMOUNT_REQUIRED',
  'CASE.CLAIM_INVALID_TRANSITION': 'apiError.CASE.CLAIM_INVALID_TRANSITION',
  'CASE.CLAIM_VERSION_CONFLICT': 'apiError.CASE.CLAIM_VERSION_CONFLICT',
  'CASE.CLAIM_TOO_MANY_HEARINGS': 'apiError.CASE.CLAIM_TOO_MANY_HEARINGS',
  'CASE.NOTE_RESTRICTED_NOT_ALLOWED': 'apiError.CASE.NOTE_RESTRICTED_NOT_ALLOWED',
  'CASE.NOTE_CORRECTION_MUST_BE_RESTRICTED': 'apiError.CASE.NOTE_CORRECTION_MUST_BE_RESTRICTED',
  'CASE.TRANSFER_CONSENT_MISSING': 'apiError.CASE.TRANSFER_CONSENT_MISSING',
  'CASE.TRANSFER_CONSENT_WITHDRAWN': 'apiError.CASE.TRANSFER_CONSENT_WITHDRAWN',
  'CASE.TRANSFER_TARGET_UNAVAILABLE': 'apiError.CASE.TRANSFER_TARGET_UNAVAILABLE',
  'CASE.TRANSFER_ORIGIN_UNAVAILABLE': 'apiError.CASE.TRANSFER_ORIGIN_UNAVAILABLE',
  'CASE.TRANSFER_ALREADY_PENDING': 'apiError.CASE.TRANSFER_ALREADY_PENDING',
  'CASE.TRANSFER_ALREADY_ACCEPTED': 'apiError.CASE.TRANSFER_ALREADY_ACCEPTED',
  'CASE.TRANSFER_NOT_PENDING': 'apiError.CASE.TRANSFER_NOT_PENDING',
  'CASE.TRANSFER_VERSION_CONFLICT': 'apiError.CASE.TRANSFER_VERSION_CONFLICT',
  'REFERRAL.CASE_CLOSED': 'apiError.REFERRAL.CASE_CLOSED',
  'REFERRAL.PARTNER_NOT_FOUND': 'apiError.REFERRAL.PARTNER_NOT_FOUND',
  'REFERRAL.PARTNER_DOES_NOT_OFFER': 'apiError.REFERRAL.PARTNER_DOES_NOT_OFFER',
  'REFERRAL.AGREEMENT_REQUIRED': 'apiError.REFERRAL.AGREEMENT_REQUIRED',
  'REFERRAL.CONSENT_MISSING': 'apiError.REFERRAL.CONSENT_MISSING',
  'REFERRAL.CONSENT_WITHDRAWN': 'apiError.REFERRAL.CONSENT_WITHDRAWN',
  'REFERRAL.ALREADY_CONCLUDED': 'apiError.REFERRAL.ALREADY_CONCLUDED',
};

/** The explanation key of a refusal this area knows, or null (then the shared message shows). */
export function apiErrorLabel(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.code === undefined) return null;
  return API_ERROR_LABEL[error.code] ?? null;
}

/** A refusal that comes from the record having changed meanwhile: reload what is shown, then try again. */
export function isStale(error: unknown): boolean {
  return error instanceof ApiError && (error.code === 'CASE.VERSION_CONFLICT' || error.code === 'CASE.CLAIM_VERSION_CONFLICT' || error.code === 'CASE.TRANSFER_VERSION_CONFLICT');
}

/**
 * Which consent a refusal says is missing, so the screen can offer to record it (only if the
 * person agrees now): sharing with the partner for a referral, the transfer consent for a transfer.
 */
export function missingConsent(error: unknown): 'share-with-partner' | 'transfer' | null {
  if (!(error instanceof ApiError)) return null;
  switch (error.code) {
    case 'REFERRAL.CONSENT_MISSING':
    case 'REFERRAL.CONSENT_WITHDRAWN':
      return 'share-with-partner';
    case 'CASE.TRANSFER_CONSENT_MISSING':
    case 'CASE.TRANSFER_CONSENT_WITHDRAWN':
      return 'transfer';
    default:
      return null;
  }
}

/**
 * Calls `attempt` again while `retry` says its refusal may pass on its own: a consent recorded in
 * the intake service reaches the referral and case services through an event, a moment later.
 */
export async function retryWhile<T>(attempt: () => Promise<T>, retry: (error: unknown) => boolean, options: { times: number; wait: () => Promise<void> }): Promise<T> {
  for (let tried = 1; ; tried += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (tried >= options.times || !retry(error)) throw error;
      await options.wait();
    }
  }
}
