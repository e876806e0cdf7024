import { z } from 'zod';
import { consentScopeSchema, riskFlagSchema } from '../casework';
import { defineEvent } from '../event-definition';
import type { Upcaster } from '../event-registry';
import { iso639Schema } from '../languages';
import { recordedNationalitySchema, sexSchema } from '../profile';
import { TOPICS } from '../topics';

/**
 * An intake interview was recorded for a person (new, or returning: `returning`). Carries the alias:
 * for case work inside the centre only. Keyed by person id, so a person's events stay in order.
 * Risk flags are codes and levels only; the screening answers, documents, contact details and
 * work details stay in the intake service.
 */
export const intakeSubmittedV2 = defineEvent({
  type: 'intake.submitted',
  version: 2,
  topic: TOPICS.intakeEvents,
  carriesPersonalData: true,
  schema: z.strictObject({
    intakeId: z.uuid(),
    personId: z.uuid(),
    /** The person had been served at this centre before; the case service reopens or opens their case. */
    returning: z.boolean(),
    /** For a returning person, staff chose to reopen their last case or open a new one; a first intake opens a case. */
    caseAction: z.enum(['open-new', 'reopen-last']),
    /** Checked as a name where people type it (personNameSchema); here only bounded, so older intakes upcast from v1 still arrive. */
    alias: z.string().min(1).max(120),
    sex: sexSchema,
    yearOfBirth: z.number().int().min(1900).max(2100).nullable(),
    /** The first is the one reports count. */
    nationalities: z.array(recordedNationalitySchema).min(1).max(5),
    languages: z.array(iso639Schema).min(1).max(10),
    preferredLanguage: iso639Schema,
    needsInterpreter: z.boolean(),
    riskFlags: z.array(riskFlagSchema).max(50),
    /** The consents the person gave at this interview. */
    consents: z.array(consentScopeSchema).max(50),
    interviewedBy: z.string().min(1),
    submittedAt: z.iso.datetime({ offset: true }),
  }),
});

/**
 * v1 intakes predate people, screens and consents: each was its own person, with nothing flagged,
 * consent to store data only (v1 intakes were counted in statistics, so that is kept), and BCP 47
 * language tags reduced to their language subtag.
 */
export const intakeSubmittedV1ToV2: Upcaster = {
  type: 'intake.submitted',
  fromVersion: 1,
  up(data: unknown) {
    const v1 = data as { intakeId: string; alias: string; sex: string; yearOfBirth: number | null; nationality: string; languages: string[]; interviewedBy: string; submittedAt: string };
    const languages = [...new Set(v1.languages.map((tag) => (tag.split('-')[0] ?? tag).toLowerCase()))];
    return {
      intakeId: v1.intakeId,
      personId: v1.intakeId,
      returning: false,
      caseAction: 'open-new',
      alias: v1.alias,
      sex: v1.sex,
      yearOfBirth: v1.yearOfBirth,
      nationalities: [v1.nationality],
      languages,
      preferredLanguage: languages[0],
      needsInterpreter: false,
      riskFlags: [],
      consents: [{ purpose: 'store-data' }, { purpose: 'statistics' }],
      interviewedBy: v1.interviewedBy,
      submittedAt: v1.submittedAt,
    };
  },
};
