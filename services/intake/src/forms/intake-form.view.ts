import { z } from 'zod';
import type { IntakeForm } from './intake-form.domain';
import { QUESTION_TYPES } from './intake-form.schema';

const labelsView = z.record(z.string(), z.string()).meta({ description: 'Text per ISO 639 language code' });

export const intakeQuestionView = z
  .object({
    id: z.string(),
    type: z.enum(QUESTION_TYPES),
    labels: labelsView,
    help: labelsView.optional(),
    required: z.boolean(),
    options: z.array(z.object({ id: z.string(), labels: labelsView })).optional(),
  })
  .meta({ id: 'IntakeQuestion' });

export const intakeFormView = z
  .object({
    /** 0 before the centre's first revision. */
    version: z.number().int().min(0),
    questions: z.array(intakeQuestionView),
    /** The centre's languages, its first first: the languages labels may be written in. */
    languages: z.array(z.string()),
    createdAt: z.iso.datetime().nullable(),
    createdBy: z.string().nullable(),
  })
  .meta({ id: 'IntakeForm' });
export type IntakeFormView = z.infer<typeof intakeFormView>;

/** A version of the form as staff see it; null is the empty form (version 0) of a centre that has none yet. */
export function toIntakeFormView(form: IntakeForm | null, languages: readonly string[]): IntakeFormView {
  return {
    version: form?.version ?? 0,
    questions: (form?.questions ?? []).map((question) => ({
      id: question.id,
      type: question.type,
      labels: question.labels,
      ...(question.help ? { help: question.help } : {}),
      required: question.required,
      ...(question.options ? { options: question.options.map((option) => ({ id: option.id, labels: option.labels })) } : {}),
    })),
    languages: [...languages],
    createdAt: form ? form.createdAt.toISOString() : null,
    createdBy: form ? form.createdBy : null,
  };
}
