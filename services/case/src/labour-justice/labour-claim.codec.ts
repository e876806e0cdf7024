import { ERASED, openText, sealText, type FieldSealer, type RecordCodec } from '../privacy/sealed-fields';
import type { LabourClaim } from './labour-claim.domain';

/**
 * A labour claim as both adapters store it. Sealed: the employer (`labour_claims.employer`): with
 * the centre and the dates it can single the worker out. In clear, for the list's order, the
 * timeline and the figures reports sum: ids, tenant, claim type, authority and status codes,
 * currency and amounts, days, hearings (days, kinds, outcome codes), staff ids, instants, version.
 * Claim steps (the timeline) hold no free text: codes, amounts and the names of changed fields.
 */
export type StoredLabourClaim = LabourClaim;

export const CLAIM_EMPLOYER = 'labour_claims.employer';

export function labourClaimCodec(keys: FieldSealer): RecordCodec<LabourClaim, StoredLabourClaim> {
  return {
    encode: (claim) => ({ ...claim, employer: sealText(keys, claim.tenant, CLAIM_EMPLOYER, claim.employer) }),
    decode: (doc) => ({ ...doc, employer: openText(keys, doc.tenant, CLAIM_EMPLOYER, doc.employer) }),
  };
}

/** What an erased claim's employer reads as. */
export const erasedEmployer = (keys: FieldSealer, tenant: string): string => sealText(keys, tenant, CLAIM_EMPLOYER, ERASED);
