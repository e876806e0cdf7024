import { z } from 'zod';
import { centreIdSchema } from './identifiers';

/** The four protection screens of the intake interview (DOMAIN.md, "The initial interview"). */
export const RISK_SCREENS = ['child-protection', 'gender-based-violence', 'trafficking-forced-labour', 'urgent-basic-needs'] as const;
export const riskScreenSchema = z.enum(RISK_SCREENS);
export type RiskScreen = z.infer<typeof riskScreenSchema>;

export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export const riskLevelSchema = z.enum(RISK_LEVELS);
export type RiskLevel = z.infer<typeof riskLevelSchema>;

/**
 * A risk flag as it travels between services: which screen, which indicator (a stable code such as
 * `trafficking.documents-withheld`), how serious. Never the answers or any free text.
 */
export const riskFlagSchema = z.strictObject({
  screen: riskScreenSchema,
  flag: z.string().regex(/^[a-z]+(?:-[a-z]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a flag code such as "trafficking.documents-withheld"'),
  level: riskLevelSchema,
});
export type RiskFlag = z.infer<typeof riskFlagSchema>;

/** How urgently a case is handled; derived from its risk flags (the highest medium or high flag). */
export const CASE_PRIORITIES = ['normal', 'medium', 'high'] as const;
export const casePrioritySchema = z.enum(CASE_PRIORITIES);
export type CasePriority = z.infer<typeof casePrioritySchema>;

export const CASE_STATUSES = ['open', 'active', 'closed'] as const;
export const caseStatusSchema = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof caseStatusSchema>;

/** What a person can agree to, one consent per purpose (DOMAIN.md: consent is recorded at intake). */
export const CONSENT_PURPOSES = ['store-data', 'share-with-partner', 'transfer', 'contact', 'statistics'] as const;
export const consentPurposeSchema = z.enum(CONSENT_PURPOSES);
export type ConsentPurpose = z.infer<typeof consentPurposeSchema>;

export const CONTACT_CHANNELS = ['phone', 'whatsapp', 'email'] as const;
export const contactChannelSchema = z.enum(CONTACT_CHANNELS);
export type ContactChannel = z.infer<typeof contactChannelSchema>;

/**
 * What a consent covers, as other services need to know it: the purpose, and for sharing the
 * partner, for contact the channel (never the number or address).
 */
export const consentScopeSchema = z.discriminatedUnion('purpose', [
  z.strictObject({ purpose: z.literal('store-data') }),
  z.strictObject({ purpose: z.literal('statistics') }),
  z.strictObject({ purpose: z.literal('transfer') }),
  z.strictObject({ purpose: z.literal('share-with-partner'), partnerId: z.uuid() }),
  z.strictObject({ purpose: z.literal('contact'), channel: contactChannelSchema }),
]);
export type ConsentScope = z.infer<typeof consentScopeSchema>;

/** Services a centre delivers, as logged on a case (DOMAIN.md, "What a centre does"). */
export const SERVICE_TYPES = [
  'labour-rights-guidance',
  'procedures-guidance',
  'job-opportunities',
  'accompaniment',
  'interpretation',
  'labour-justice-support',
  'other',
] as const;
export const serviceTypeSchema = z.enum(SERVICE_TYPES);
export type ServiceType = z.infer<typeof serviceTypeSchema>;

export const LABOUR_CLAIM_TYPES = [
  'unpaid-wages',
  'wage-theft',
  'unjustified-dismissal',
  'forced-resignation',
  'document-retention',
  'changed-conditions',
  'unpaid-overtime',
  'workplace-harassment',
  'other',
] as const;
export const labourClaimTypeSchema = z.enum(LABOUR_CLAIM_TYPES);

export const LABOUR_AUTHORITIES = ['conciliation-centre', 'labour-court', 'labour-inspectorate', 'other'] as const;
export const labourAuthoritySchema = z.enum(LABOUR_AUTHORITIES);

export const LABOUR_CLAIM_STATUSES = ['preparing', 'conciliation-filed', 'in-conciliation', 'agreement', 'lawsuit-filed', 'in-trial', 'awarded', 'dismissed', 'abandoned', 'paid'] as const;
export const labourClaimStatusSchema = z.enum(LABOUR_CLAIM_STATUSES);

/** ISO 4217 currency code: MXN, USD, GTQ... */
export const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code such as "MXN"');

/** An amount of money as a decimal string ("1500.50"), so no float rounding touches what a person is owed. */
export const moneyAmountSchema = z.string().regex(/^\d{1,12}(?:\.\d{1,2})?$/, 'must be an amount such as "1500" or "1500.50"');

export const transferPartiesSchema = z.strictObject({ fromCentre: centreIdSchema, toCentre: centreIdSchema });

/**
 * Migratory situations in Mexico (DOMAIN.md, "Migratory situations and documents"), as the intake
 * interview records them and reports count them. A category only: card numbers and dates stay in
 * the intake service.
 */
export const MIGRATORY_STATUSES = [
  /** Visitor card for humanitarian reasons. */
  'tvrh',
  /** Border worker visitor card. */
  'tvtf',
  /** Regional visitor card. */
  'tvr',
  'temporary-resident',
  'permanent-resident',
  /** With the refugee commission (COMAR). */
  'asylum-seeker',
  'recognised-refugee',
  'waiting-us-asylum-hearing',
  'irregular',
  'mexican-internal-migrant',
  /** Deported from, or returned from, the USA. */
  'returnee',
  'other',
] as const;
export const migratoryStatusSchema = z.enum(MIGRATORY_STATUSES);
export type MigratoryStatus = z.infer<typeof migratoryStatusSchema>;

/**
 * Where a referral stands. `made` is pending; staff record what came of it (`completed`: the partner
 * served the person; `declined`: the partner could not take them; `not-taken-up`: the person did
 * not go or could not be reached); `consent-withdrawn`: the person withdrew their consent to share
 * with the partner while it was pending.
 */
export const REFERRAL_STATUSES = ['made', 'completed', 'declined', 'not-taken-up', 'consent-withdrawn'] as const;
export const referralStatusSchema = z.enum(REFERRAL_STATUSES);
export type ReferralStatus = z.infer<typeof referralStatusSchema>;
