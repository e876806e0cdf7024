import { openText, sealText, type FieldSealer, type RecordCodec } from '../privacy/sealed-fields';
import type { Case, CaseProfile } from './case.domain';
import { priorityRankOf } from './case-list';

/**
 * A case as both adapters store it. Sealed: the alias (`cases.alias`) and the profile
 * (`cases.profile`: sex, age band, nationality and languages together can single a person out at a
 * small centre, and no query reads them). In clear, because lists filter and sort on them and they
 * name nobody: ids (case, random person id, intakes), tenant, status, priority and its rank, risk
 * flag codes, the statistics flag, assignee and closure staff ids, outcomes, dates, version.
 */
export type StoredCase = Omit<Case, 'alias' | 'profile'> & { alias: string; profile: string; priorityRank: number };

export const CASE_ALIAS = 'cases.alias';
export const CASE_PROFILE = 'cases.profile';

export function caseCodec(keys: FieldSealer): RecordCodec<Case, StoredCase> {
  return {
    encode: (kase) => ({
      ...kase,
      alias: sealText(keys, kase.tenant, CASE_ALIAS, kase.alias),
      profile: keys.seal(kase.tenant, CASE_PROFILE, kase.profile),
      priorityRank: priorityRankOf(kase),
    }),
    decode: ({ priorityRank: _rank, ...doc }) => ({
      ...doc,
      alias: openText(keys, doc.tenant, CASE_ALIAS, doc.alias),
      profile: keys.open<CaseProfile>(doc.tenant, CASE_PROFILE, doc.profile),
    }),
  };
}
