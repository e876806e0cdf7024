import { z } from 'zod';
import { casePrioritySchema, riskFlagSchema } from '../casework';
import { defineEvent } from '../event-definition';
import type { Upcaster } from '../event-registry';
import { iso639Schema } from '../languages';
import { ageBandSchema, recordedNationalitySchema, sexSchema } from '../profile';
import { TOPICS } from '../topics';

/**
 * A case was opened. Consumed by reporting, so it carries no personal data: no alias, no year of
 * birth (only an age band), no contact, no document numbers. The person id is a random id that
 * means nothing outside the centre's case work; reporting needs it to honour a withdrawn
 * statistics consent. The schema is strict so nothing else can ride along.
 */
export const caseOpenedV2 = defineEvent({
  type: 'case.opened',
  version: 2,
  topic: TOPICS.caseEvents,
  carriesPersonalData: false,
  schema: z.strictObject({
    caseId: z.uuid(),
    intakeId: z.uuid(),
    personId: z.uuid(),
    openedAt: z.iso.datetime({ offset: true }),
    priority: casePrioritySchema,
    riskFlags: z.array(riskFlagSchema).max(50),
    /** The person agreed to be counted in anonymised statistics. */
    countInStatistics: z.boolean(),
    profile: z.strictObject({
      sex: sexSchema,
      ageBand: ageBandSchema,
      nationality: recordedNationalitySchema,
      languages: z.array(iso639Schema).min(1).max(10),
    }),
  }),
});

/** v1 cases were one per intake, unflagged and counted. */
export const caseOpenedV1ToV2: Upcaster = {
  type: 'case.opened',
  fromVersion: 1,
  up(data: unknown) {
    const v1 = data as { caseId: string; intakeId: string; openedAt: string; profile: { sex: string; ageBand: string; nationality: string; languages: string[] } };
    return {
      caseId: v1.caseId,
      intakeId: v1.intakeId,
      personId: v1.intakeId,
      openedAt: v1.openedAt,
      priority: 'normal',
      riskFlags: [],
      countInStatistics: true,
      profile: { ...v1.profile, languages: [...new Set(v1.profile.languages.map((tag) => (tag.split('-')[0] ?? tag).toLowerCase()))] },
    };
  },
};
