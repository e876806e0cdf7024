import { DomainError } from '@corredor/contracts';
import { calendarDaySchema, lineOfText } from '../interview/text.schema';
import { CHOICE_TYPES, type QuestionInput, type QuestionType } from './intake-form.schema';

export type Labels = Record<string, string>;

export interface IntakeQuestion {
  id: string;
  type: QuestionType;
  labels: Labels;
  help?: Labels;
  required: boolean;
  /** Only for single- and multi-choice questions. */
  options?: Array<{ id: string; labels: Labels }>;
}

/**
 * One version of a centre's own interview questions. Versions are never changed: each revision
 * is a new one, and answers keep the version they were checked against.
 */
export interface IntakeForm {
  id: string;
  tenant: string;
  /** 1, 2, 3... (0 is the empty form a centre has before its first revision, never stored). */
  version: number;
  questions: IntakeQuestion[];
  /** Every question id any version has used, with its type: an id keeps its meaning, even after it is removed. */
  knownQuestions: Array<{ id: string; type: QuestionType }>;
  createdAt: Date;
  createdBy: string;
}

export interface ReviseContext {
  id: string;
  tenant: string;
  userId: string;
  now: Date;
  /** The centre's languages, its first language first: every label needs the first one. */
  languages: readonly string[];
}

/** Same shape as service-kit's FieldError (domain code does not import the HTTP kit). */
export interface FieldError {
  field: string;
  message: string;
}

export type AnswerValue = string | number | boolean | string[];

/** Answers as stored with an intake: the form version they were validated against, and a value per answered question. */
export interface StoredAnswers {
  formVersion: number;
  values: Record<string, AnswerValue>;
}

const refuse = (code: string, message: string) => new DomainError(`INTAKE.FORM_${code}`, 'validation', message);

function checkLabels(labels: Labels, where: string, languages: readonly string[]): void {
  const first = languages[0];
  if (first !== undefined && labels[first] === undefined) {
    throw refuse('LABEL_MISSING', `${where} needs a label in the centre's first language (${first}).`);
  }
  const foreign = Object.keys(labels).find((language) => !languages.includes(language));
  if (foreign !== undefined) {
    throw refuse('LANGUAGE_NOT_SERVED', `${where} has a label in "${foreign}", which is not one of the centre's languages (${languages.join(', ')}).`);
  }
}

function checkQuestion(question: QuestionInput, position: number, known: ReadonlyMap<string, QuestionType>, languages: readonly string[]): void {
  const where = `Question ${position} ("${question.id}")`;
  const type = known.get(question.id);
  if (type !== undefined && type !== question.type) {
    throw refuse('QUESTION_TYPE_CHANGED', `${where} was a ${type} question in an earlier version; give a question of another type a new id.`);
  }
  checkLabels(question.labels, where, languages);
  if (question.help) checkLabels(question.help, `The help of ${where.toLowerCase()}`, languages);
  const choice = CHOICE_TYPES.includes(question.type);
  if (choice && (question.options === undefined || question.options.length < 1)) {
    throw refuse('OPTIONS_REQUIRED', `${where} is a ${question.type} question and needs at least one option.`);
  }
  if (!choice && question.options !== undefined) {
    throw refuse('OPTIONS_NOT_ALLOWED', `${where} is a ${question.type} question: only choice questions have options.`);
  }
  const optionIds = new Set<string>();
  for (const option of question.options ?? []) {
    if (optionIds.has(option.id)) throw refuse('DUPLICATE_OPTION', `${where} has the option "${option.id}" twice.`);
    optionIds.add(option.id);
    checkLabels(option.labels, `Option "${option.id}" of ${where.toLowerCase()}`, languages);
  }
}

/**
 * The next version of a centre's form with these questions. Refuses, with INTAKE.FORM_* codes, a
 * question id used twice, a choice question without options (or options on another type), labels
 * missing the centre's first language or in a language it does not serve, and an id that was
 * (now or in any earlier version) a question of another type. Pure.
 */
export function reviseForm(current: IntakeForm | null, questions: readonly QuestionInput[], context: ReviseContext): IntakeForm {
  const known = new Map((current?.knownQuestions ?? []).map((question) => [question.id, question.type] as const));
  const ids = new Set<string>();
  questions.forEach((question, index) => {
    if (ids.has(question.id)) throw refuse('DUPLICATE_QUESTION', `Question ${index + 1}: the id "${question.id}" is used by another question.`);
    ids.add(question.id);
    checkQuestion(question, index + 1, known, context.languages);
  });
  for (const question of questions) known.set(question.id, question.type);
  return {
    id: context.id,
    tenant: context.tenant,
    version: (current?.version ?? 0) + 1,
    questions: questions.map((question) => ({
      id: question.id,
      type: question.type,
      labels: question.labels,
      ...(question.help ? { help: question.help } : {}),
      required: question.required,
      ...(question.options ? { options: question.options.map((option) => ({ id: option.id, labels: option.labels })) } : {}),
    })),
    knownQuestions: [...known].map(([id, type]) => ({ id, type })),
    createdAt: context.now,
    createdBy: context.userId,
  };
}

const answerText = lineOfText(500);

const isEmpty = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

/** The stored form of one answer, or the message saying what is wrong with it. */
function checkAnswer(question: IntakeQuestion, value: unknown): { value: AnswerValue } | { error: string } {
  const options = new Set((question.options ?? []).map((option) => option.id));
  switch (question.type) {
    case 'text': {
      const text = answerText.safeParse(value);
      return text.success ? { value: text.data } : { error: text.error.issues[0]?.message ?? 'must be text' };
    }
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? { value } : { error: 'must be a number' };
    case 'boolean':
      return typeof value === 'boolean' ? { value } : { error: 'must be true or false' };
    case 'date': {
      const day = calendarDaySchema.safeParse(value);
      return day.success ? { value: day.data } : { error: 'must be a date such as "2026-03-31"' };
    }
    case 'single-choice':
      return typeof value === 'string' && options.has(value) ? { value } : { error: `must be one of: ${[...options].join(', ')}` };
    case 'multi-choice': {
      if (!Array.isArray(value) || !value.every((item): item is string => typeof item === 'string' && options.has(item))) {
        return { error: `must be a list of: ${[...options].join(', ')}` };
      }
      return new Set(value).size === value.length ? { value } : { error: 'lists an option twice' };
    }
  }
}

/**
 * Checks an intake's answers to the centre's own questions against its current form (null: the
 * centre has none yet, version 0). Answers must name that version; required questions need an
 * answer; each value must fit its question; ids the form does not have are refused. On success,
 * the answers to store (null when there is nothing to store). `at` is where the answers sit in the
 * request.
 */
export function validateAnswers(
  form: IntakeForm | null,
  answers: { formVersion: number; values: Record<string, unknown> } | undefined,
  at = 'body.answers',
): { ok: true; answers: StoredAnswers | null } | { ok: false; errors: FieldError[] } {
  const version = form?.version ?? 0;
  const questions = form?.questions ?? [];
  if (answers === undefined) {
    const required = questions.filter((question) => question.required);
    if (required.length === 0) return { ok: true, answers: null };
    return { ok: false, errors: required.map((question) => ({ field: `${at}.values.${question.id}`, message: 'is required' })) };
  }
  if (answers.formVersion !== version) {
    return { ok: false, errors: [{ field: `${at}.formVersion`, message: `must be the centre's current form version, ${version}: reload the form` }] };
  }
  const errors: FieldError[] = [];
  const values: Record<string, AnswerValue> = {};
  const byId = new Map(questions.map((question) => [question.id, question]));
  // A key the form does not define is the client's text (a slug can still be a name): never echoed.
  if (Object.keys(answers.values).some((id) => !byId.has(id))) errors.push({ field: `${at}.values`, message: 'holds answers to questions this form does not ask' });
  for (const question of questions) {
    const value = answers.values[question.id];
    const field = `${at}.values.${question.id}`;
    if (isEmpty(value)) {
      if (question.required) errors.push({ field, message: 'is required' });
      continue;
    }
    const checked = checkAnswer(question, value);
    if ('error' in checked) errors.push({ field, message: checked.error });
    else values[question.id] = checked.value;
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, answers: version === 0 ? null : { formVersion: version, values } };
}
