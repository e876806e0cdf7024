import { isIso639 } from '@corredor/contracts';
import { z } from 'zod';
import { lineOfText, oneOf, type IssueSink } from '../interview/text.schema';

export const QUESTION_TYPES = ['text', 'number', 'boolean', 'date', 'single-choice', 'multi-choice'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
export const CHOICE_TYPES: readonly QuestionType[] = ['single-choice', 'multi-choice'];

export const MAX_QUESTIONS = 50;
export const MAX_OPTIONS = 50;

/** A question's or an option's id: stable across versions, so answers and reports can rely on it. */
export const slugSchema = z
  .string({ error: 'must be an id such as "arrival-route"' })
  .max(60, 'must be at most 60 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens, such as "arrival-route"');

/** Text per language: `{ "es": "¿Por dónde llegó?", "ht": "..." }`, keyed by ISO 639 codes. */
function labelsSchema(max: number) {
  return z
    .record(z.string(), lineOfText(max))
    .superRefine((labels, ctx: IssueSink) => {
      const languages = Object.keys(labels);
      if (languages.length === 0) ctx.addIssue({ code: 'custom', path: [], message: 'needs a label in at least one language' });
      if (languages.length > 20) ctx.addIssue({ code: 'custom', path: [], message: 'at most 20 languages' });
      for (const language of languages) {
        if (!isIso639(language)) ctx.addIssue({ code: 'custom', path: [language], message: 'is not an ISO 639 language code (lowercase, such as "es", "ht" or "mam")' });
      }
    });
}

export const optionInputSchema = z.strictObject({
  id: slugSchema,
  labels: labelsSchema(200),
});

/** A centre's own question, as its coordinator writes it. */
export const questionInputSchema = z.strictObject({
  id: slugSchema,
  type: oneOf(QUESTION_TYPES),
  labels: labelsSchema(300),
  /** A hint for the interviewer, per language. */
  help: labelsSchema(500).optional(),
  required: z.boolean({ error: 'must be true or false' }),
  /** The choices of a single- or multi-choice question. */
  options: z.array(optionInputSchema).max(MAX_OPTIONS, `at most ${MAX_OPTIONS} options`).optional(),
});
export type QuestionInput = z.infer<typeof questionInputSchema>;

export const reviseIntakeFormBody = z.strictObject({
  questions: z.array(questionInputSchema).max(MAX_QUESTIONS, `at most ${MAX_QUESTIONS} questions`),
  /** The version the coordinator edited (0 before the first): a form changed meanwhile is a conflict, not overwritten. */
  expectedVersion: z.number({ error: 'must be the version you edited' }).int('must be a whole number').min(0, 'must be 0 or more'),
});
export type ReviseIntakeFormBody = z.infer<typeof reviseIntakeFormBody>;

/**
 * Answers to the centre's own questions, as an intake sends them: the form version they were
 * given against and a value per question id. The values are checked against that form by
 * `validateAnswers`.
 */
export const intakeAnswersSchema = z
  .strictObject({
    formVersion: z.number({ error: 'must be the version of the centre form answered' }).int('must be a whole number').min(0, 'must be 0 or more'),
    values: z
      .record(z.string().max(60, 'is not a question id'), z.unknown())
      .refine((values) => Object.keys(values).length <= MAX_QUESTIONS, `at most ${MAX_QUESTIONS} answers`)
      .default({}),
  })
  .meta({ id: 'IntakeAnswers' });
export type IntakeAnswersInput = z.infer<typeof intakeAnswersSchema>;
