import { consentScopeSchema } from '@corredor/contracts';
import { fieldErrors, RequestValidationError } from '@corredor/service-kit';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { z } from 'zod';
import { scopeKey } from '../consents/consent.domain';
import { intakeAnswersSchema } from '../forms';
import { interviewSchema, personDetailsSchema, type PersonDetails } from '../interview';
import { CASE_ACTIONS } from './intake.domain';

/**
 * Corrections to a returning person's details: any field of PersonDetails, each replacing what was
 * held (a list replaces the whole list). Unlike the full details, nothing has a default, so a field
 * left out is kept.
 */
const personDetailsUpdatesSchema = z
  .strictObject(
    Object.fromEntries(
      Object.entries(personDetailsSchema.shape).map(([field, schema]) => [field, (schema instanceof z.ZodDefault ? schema.unwrap() : schema).optional()]),
    ),
  )
  .meta({ id: 'PersonDetailsUpdates' }) as unknown as z.ZodType<Partial<PersonDetails>>;

export const existingPersonSchema = z
  .strictObject({
    /** From POST /v1/people/matches. */
    existingPersonId: z.uuid('not a person id'),
    caseAction: z.enum(CASE_ACTIONS, { error: `must be one of: ${CASE_ACTIONS.join(', ')}` }),
    /** The version of the person staff saw; a change made meanwhile by someone else is a conflict. */
    expectedVersion: z.number({ error: 'must be the version of the person you loaded' }).int('must be a whole number').min(1, 'versions start at 1').optional(),
    updates: personDetailsUpdatesSchema.optional(),
  })
  .meta({ id: 'ReturningPerson' });
export type ExistingPersonInput = z.infer<typeof existingPersonSchema>;

const STORE_DATA_REQUIRED =
  'must include the person\'s consent to store their data ({"purpose": "store-data"}): without it nothing of the interview is recorded';

/** The body of POST /v1/intakes. Strict: a field we do not know is refused rather than stored. */
export const submitIntakeBody = z
  .strictObject({
    /** A new person's details, or a person the centre already serves (found with POST /v1/people/matches). */
    person: z.union([existingPersonSchema, personDetailsSchema]),
    interview: interviewSchema,
    consents: z
      .array(consentScopeSchema)
      .max(20, 'at most 20 consents')
      .superRefine((scopes, ctx) => {
        const seen = new Set<string>();
        scopes.forEach((scope, index) => {
          if (seen.has(scopeKey(scope))) ctx.addIssue({ code: 'custom', path: [index], message: 'this consent is already listed' });
          seen.add(scopeKey(scope));
        });
        if (!scopes.some((scope) => scope.purpose === 'store-data')) ctx.addIssue({ code: 'custom', path: [], message: STORE_DATA_REQUIRED });
      }),
    /** Answers to the centre's own questions (GET /v1/intake-form), against its current version. */
    answers: intakeAnswersSchema.optional(),
  })
  .meta({ id: 'IntakeSubmission' });
export type SubmitIntakeBody = z.infer<typeof submitIntakeBody>;

export function isExistingPerson(person: SubmitIntakeBody['person']): person is ExistingPersonInput {
  return 'existingPersonId' in person;
}

/**
 * zod reports a `person` that fits neither a new person nor a returning one as one "invalid input";
 * this names the fields of the kind the client sent (a returning person has `existingPersonId`).
 * Runs as the route's error handler, right after validation (express hands a route's errors to its
 * four-argument handlers; ApiRoutes types its handlers as plain ones, hence the cast below).
 */
const explain: ErrorRequestHandler = (error, req, _res, next) => {
  if (!(error instanceof RequestValidationError) || !error.errors.some((e) => e.field === 'body.person')) return next(error);
  const raw = (req.body as { person?: unknown } | undefined)?.person;
  const returning = typeof raw === 'object' && raw !== null && 'existingPersonId' in raw;
  const result = (returning ? existingPersonSchema : personDetailsSchema).safeParse(raw);
  const explained = result.success ? [] : fieldErrors('body.person', result.error, returning ? existingPersonSchema : personDetailsSchema);
  next(new RequestValidationError([...error.errors.filter((e) => e.field !== 'body.person'), ...explained]));
};

export const explainPersonErrors = explain as unknown as RequestHandler;
