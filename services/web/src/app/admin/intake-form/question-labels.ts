import type { QuestionType } from './question-drafts';

/** Each kind of question in words (keys of the admin namespace). */
export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  text: 'intakeForm.types.text',
  number: 'intakeForm.types.number',
  boolean: 'intakeForm.types.boolean',
  date: 'intakeForm.types.date',
  'single-choice': 'intakeForm.types.singleChoice',
  'multi-choice': 'intakeForm.types.multiChoice',
};
