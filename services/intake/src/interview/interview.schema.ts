import { currencySchema, MIGRATORY_STATUSES, moneyAmountSchema, type MigratoryStatus } from '@corredor/contracts';
import { z } from 'zod';
import { screensSchema } from './screens.schema';
import { calendarDaySchema, lineOfText, noRepeats, oneOf, whenListParsed, whenValid, type IssueSink } from './text.schema';

/** Situations that come with a card; its expiry is recorded (renewals are a centre's daily work). */
export const CARD_STATUSES: readonly MigratoryStatus[] = ['tvrh', 'tvtf', 'tvr', 'temporary-resident', 'permanent-resident'];
/** Cards that always expire. An adult's permanent resident card does not, so its expiry is optional. */
export const EXPIRING_CARD_STATUSES: readonly MigratoryStatus[] = ['tvrh', 'tvtf', 'tvr', 'temporary-resident'];

export const SIGNING_FREQUENCIES = ['weekly', 'fortnightly', 'monthly', 'other'] as const;

const migratorySituationSchema = z
  .strictObject({
    /** The list is shared with reporting (contracts): the status alone travels in intake.submitted. */
    status: oneOf(MIGRATORY_STATUSES),
    /** The day the person's card expires. */
    cardExpiresOn: calendarDaySchema.optional(),
    /** An asylum seeker's next signing at COMAR. */
    nextSigningOn: calendarDaySchema.optional(),
    /** How often the asylum seeker must sign at COMAR (signings clash with work). */
    signingFrequency: oneOf(SIGNING_FREQUENCIES).optional(),
    /** The day of the person's hearing in the USA. */
    usHearingOn: calendarDaySchema.optional(),
  })
  .superRefine(
    (situation, ctx: IssueSink) => {
      const card = CARD_STATUSES.includes(situation.status);
      if (situation.cardExpiresOn === undefined && EXPIRING_CARD_STATUSES.includes(situation.status)) {
        ctx.addIssue({ code: 'custom', path: ['cardExpiresOn'], message: 'is required for this card (the date printed on it)' });
      }
      if (situation.cardExpiresOn !== undefined && !card) {
        ctx.addIssue({ code: 'custom', path: ['cardExpiresOn'], message: 'is recorded only for a visitor or resident card' });
      }
      for (const field of ['nextSigningOn', 'signingFrequency'] as const) {
        if (situation[field] !== undefined && situation.status !== 'asylum-seeker') {
          ctx.addIssue({ code: 'custom', path: [field], message: 'is recorded only for an asylum seeker' });
        }
      }
      if (situation.usHearingOn !== undefined && situation.status !== 'waiting-us-asylum-hearing') {
        ctx.addIssue({ code: 'custom', path: ['usHearingOn'], message: 'is recorded only for someone waiting for a US asylum hearing' });
      }
    },
    whenValid(['status', 'cardExpiresOn', 'nextSigningOn', 'signingFrequency', 'usHearingOn']),
  );

export const WORK_SECTORS = [
  'agriculture',
  'construction',
  'manufacturing-maquila',
  'domestic-work',
  'hospitality',
  'retail',
  'services',
  'street-vending',
  'other',
  'none',
] as const;
export const EMPLOYMENT_STATUSES = ['employed', 'self-employed', 'unemployed-seeking', 'not-working', 'day-labourer'] as const;
export const PAY_PERIODS = ['hour', 'day', 'week', 'fortnight', 'month'] as const;

const WORKING: ReadonlySet<string> = new Set(['employed', 'self-employed', 'day-labourer']);

const workSchema = z
  .strictObject({
    /** The sector the person works in, or last worked in. */
    sector: oneOf(WORK_SECTORS),
    employerName: lineOfText(200).optional(),
    employmentStatus: oneOf(EMPLOYMENT_STATUSES),
    /** Whether there is a written contract; null when the person does not know. */
    hasContract: z.boolean({ error: 'must be true, false or null (not known)' }).nullable(),
    wage: z
      .strictObject({
        amount: moneyAmountSchema,
        currency: currencySchema,
        period: oneOf(PAY_PERIODS),
      })
      .optional(),
    hoursPerWeek: z.number({ error: 'must be a number of hours' }).int('must be whole hours').min(0, 'must be 0 or more').max(168, 'a week has 168 hours').optional(),
  })
  .superRefine(
    (work, ctx: IssueSink) => {
      if (work.sector === 'none' && WORKING.has(work.employmentStatus)) {
        ctx.addIssue({ code: 'custom', path: ['sector'], message: 'a person who works has a sector (use "other" if none fits)' });
      }
    },
    whenValid(['sector', 'employmentStatus']),
  );

export const TRAVELS_WITH = ['alone', 'with-family', 'with-others'] as const;
export const SCHOOLING = ['in-school', 'not-enrolled', 'dropped-out', 'not-school-age'] as const;

/** In Mexico schooling is compulsory from 6 to 15 (primary and lower secondary). */
export const SCHOOL_AGE = { from: 6, to: 15 } as const;
/** The minimum age for work in Mexico (Ley Federal del Trabajo): work below it is child labour. */
export const MINIMUM_WORKING_AGE = 15;

const childSchema = z
  .strictObject({
    age: z.number({ error: 'must be an age in years' }).int('must be whole years').min(0, 'must be 0 or more').max(17, 'a child is under 18'),
    schooling: oneOf(SCHOOLING),
    works: z.boolean({ error: 'must be true or false' }),
    /** Not with a parent or legal guardian. */
    separated: z.boolean({ error: 'must be true or false' }),
  })
  .superRefine(
    (child, ctx: IssueSink) => {
      if (child.schooling === 'not-school-age' && child.age >= SCHOOL_AGE.from && child.age <= SCHOOL_AGE.to) {
        ctx.addIssue({ code: 'custom', path: ['schooling'], message: `a child aged ${SCHOOL_AGE.from} to ${SCHOOL_AGE.to} is of school age` });
      }
    },
    whenValid(['age', 'schooling']),
  );

const householdSchema = z
  .strictObject({
    travelsWith: oneOf(TRAVELS_WITH),
    /** Other adults travelling with the person. */
    adults: z.number({ error: 'must be a number of adults' }).int('must be a whole number').min(0, 'must be 0 or more').max(20, 'at most 20'),
    children: z.array(childSchema).max(15, 'at most 15 children').default([]),
  })
  .superRefine(
    (household, ctx: IssueSink) => {
      if (household.travelsWith === 'alone' && (household.adults > 0 || household.children.length > 0)) {
        ctx.addIssue({ code: 'custom', path: ['travelsWith'], message: 'someone travelling with others is not travelling alone' });
      }
    },
    whenValid(['travelsWith', 'adults', 'children']),
  );

export const NEEDS = [
  'labour-rights',
  'job',
  'documents-procedures',
  'labour-justice',
  'shelter',
  'food',
  'health',
  'legal-aid-immigration',
  'education',
  'interpretation',
  'other',
] as const;

const interviewShape = z.strictObject({
  migratorySituation: migratorySituationSchema,
  work: workSchema,
  household: householdSchema,
  needs: z.array(oneOf(NEEDS)).max(NEEDS.length).superRefine(noRepeats((need) => need, 'this need is already listed'), whenListParsed).default([]),
  screens: screensSchema,
});

/** What the children listed say must agree with the child-protection answers. */
function screensAgreeWithHousehold(interview: z.infer<typeof interviewShape>, ctx: IssueSink): void {
  const children = interview.household.children;
  const answers = interview.screens.childProtection;
  if (answers.childLabour === 'no' && children.some((child) => child.works && child.age < MINIMUM_WORKING_AGE)) {
    ctx.addIssue({ code: 'custom', path: ['screens', 'childProtection', 'childLabour'], message: `a child under ${MINIMUM_WORKING_AGE} listed in the household works` });
  }
  if (answers.unaccompaniedOrSeparated === 'no' && children.some((child) => child.separated)) {
    ctx.addIssue({ code: 'custom', path: ['screens', 'childProtection', 'unaccompaniedOrSeparated'], message: 'a child listed in the household is separated' });
  }
}

/**
 * The interview beyond who the person is: migratory and work situation, household, needs and the
 * four risk screens. Strict; free text is optional and bounded, and never becomes a risk flag.
 */
export const interviewSchema = interviewShape.superRefine(screensAgreeWithHousehold, whenValid(['household', 'screens'])).meta({ id: 'Interview' });
export type Interview = z.infer<typeof interviewSchema>;
export type InterviewInput = z.input<typeof interviewSchema>;
export type Child = Interview['household']['children'][number];
