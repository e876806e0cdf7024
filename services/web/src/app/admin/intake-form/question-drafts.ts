import type { components, operations } from '../../api/generated/intake';

/**
 * The centre's own questions as the coordinator edits them, and the mapping to and from the
 * intake service's shape (`GET|PUT /intake-form`). The checks mirror the service's
 * (intake-form.schema.ts and intake-form.domain.ts), so most mistakes show next to their field
 * before anything is sent; the service's answer stays the authority.
 */

export type IntakeForm = components['schemas']['IntakeForm'];
export type QuestionType = components['schemas']['IntakeQuestion']['type'];
export type RevisionBody = operations['putIntakeForm']['requestBody']['content']['application/json'];
type ApiQuestion = RevisionBody['questions'][number];

export const QUESTION_TYPES = ['text', 'number', 'boolean', 'date', 'single-choice', 'multi-choice'] as const satisfies readonly QuestionType[];
export const isChoice = (type: QuestionType): boolean => type === 'single-choice' || type === 'multi-choice';

export const MAX_QUESTIONS = 50;
export const MAX_OPTIONS = 50;
export const MAX_ID = 60;
export const MAX_LABEL = 300;
export const MAX_OPTION_LABEL = 200;
export const MAX_HELP = 500;

/** Text per language code, every language of the centre present (empty when not written). */
export type LabelDraft = Record<string, string>;

export interface OptionDraft {
  /** Only for React's lists: never sent. */
  key: string;
  id: string;
  /** The id was typed by hand: it no longer follows the label. */
  idEdited: boolean;
  labels: LabelDraft;
}

export interface QuestionDraft {
  key: string;
  /** In the current version already: its id and kind are fixed (answers are kept under them). */
  saved: boolean;
  id: string;
  idEdited: boolean;
  type: QuestionType;
  labels: LabelDraft;
  help: LabelDraft;
  required: boolean;
  options: OptionDraft[];
}

let counter = 0;
const newKey = (prefix: string) => `${prefix}${++counter}`;

function labelDraft(languages: readonly string[], labels: Record<string, string> | undefined): LabelDraft {
  const draft: LabelDraft = {};
  for (const language of languages) draft[language] = labels?.[language] ?? '';
  // A label in a language the centre no longer serves is kept, so saving does not lose it silently (the service then says so).
  for (const [language, text] of Object.entries(labels ?? {})) if (!(language in draft)) draft[language] = text;
  return draft;
}

/** The current version's questions, ready to edit. */
export function draftsFromForm(form: Pick<IntakeForm, 'questions' | 'languages'>): QuestionDraft[] {
  return form.questions.map((question) => ({
    key: newKey('q'),
    saved: true,
    id: question.id,
    idEdited: true,
    type: question.type,
    labels: labelDraft(form.languages, question.labels),
    help: labelDraft(form.languages, question.help),
    required: question.required,
    options: (question.options ?? []).map((option) => ({ key: newKey('o'), id: option.id, idEdited: true, labels: labelDraft(form.languages, option.labels) })),
  }));
}

export function newQuestion(languages: readonly string[]): QuestionDraft {
  return { key: newKey('q'), saved: false, id: '', idEdited: false, type: 'text', labels: labelDraft(languages, {}), help: labelDraft(languages, {}), required: false, options: [] };
}

export function newOption(languages: readonly string[]): OptionDraft {
  return { key: newKey('o'), id: '', idEdited: false, labels: labelDraft(languages, {}) };
}

/**
 * An id suggested from a label: "¿Por dónde llegó?" → "por-donde-llego". Lowercase ASCII letters,
 * digits and single hyphens, as the service wants, at most 60 characters.
 */
export function slugFrom(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_ID) return slug;
  const cut = slug.slice(0, MAX_ID);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
}

/** A question with a label changed; a new question's id follows its first-language label until typed by hand. */
export function withLabel(question: QuestionDraft, language: string, text: string, firstLanguage: string | undefined): QuestionDraft {
  const labels = { ...question.labels, [language]: text };
  const id = !question.saved && !question.idEdited && language === firstLanguage ? slugFrom(text) : question.id;
  return { ...question, labels, id };
}

export function withOptionLabel(option: OptionDraft, language: string, text: string, firstLanguage: string | undefined): OptionDraft {
  const labels = { ...option.labels, [language]: text };
  const id = !option.idEdited && language === firstLanguage ? slugFrom(text) : option.id;
  return { ...option, labels, id };
}

/** A new kind: a choice question keeps (or starts) its options, any other kind has none. */
export function withType(question: QuestionDraft, type: QuestionType, languages: readonly string[]): QuestionDraft {
  if (question.saved) return question;
  const options = isChoice(type) ? (question.options.length > 0 ? question.options : [newOption(languages)]) : [];
  return { ...question, type, options };
}

/** Moves the item at `from` by `by` places, within the list. */
export function moved<T>(list: readonly T[], from: number, by: number): T[] {
  const to = from + by;
  if (from < 0 || from >= list.length || to < 0 || to >= list.length) return [...list];
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  if (item !== undefined) copy.splice(to, 0, item);
  return copy;
}

/** The texts that were written, trimmed and NFC as the service stores them; undefined when none was. */
function labelsOut(draft: LabelDraft): Record<string, string> | undefined {
  const entries = Object.entries(draft)
    .map(([language, text]) => [language, text.normalize('NFC').trim()] as const)
    .filter(([, text]) => text !== '');
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** The body of `PUT /intake-form`: the whole list, and the version it was edited from. */
export function revisionBody(questions: readonly QuestionDraft[], expectedVersion: number): RevisionBody {
  return {
    expectedVersion,
    questions: questions.map((question): ApiQuestion => {
      const help = labelsOut(question.help);
      return {
        id: question.id.trim(),
        type: question.type,
        labels: labelsOut(question.labels) ?? {},
        ...(help ? { help } : {}),
        required: question.required,
        ...(isChoice(question.type) ? { options: question.options.map((option) => ({ id: option.id.trim(), labels: labelsOut(option.labels) ?? {} })) } : {}),
      };
    }),
  };
}

/** What is wrong with a field, as a key of the admin namespace's `intakeForm.errors`. */
export const QUESTION_ERRORS = {
  idRequired: 'intakeForm.errors.idRequired',
  idFormat: 'intakeForm.errors.idFormat',
  idTooLong: 'intakeForm.errors.idTooLong',
  idRepeated: 'intakeForm.errors.idRepeated',
  optionIdRepeated: 'intakeForm.errors.optionIdRepeated',
  labelRequired: 'intakeForm.errors.labelRequired',
  tooLong: 'intakeForm.errors.tooLong',
  hiddenCharacters: 'intakeForm.errors.hiddenCharacters',
  optionsRequired: 'intakeForm.errors.optionsRequired',
  tooManyOptions: 'intakeForm.errors.tooManyOptions',
  tooManyQuestions: 'intakeForm.errors.tooManyQuestions',
} as const;
export type QuestionError = (typeof QUESTION_ERRORS)[keyof typeof QUESTION_ERRORS];

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HIDDEN_CHARACTERS = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

function checkId(id: string): QuestionError | null {
  const trimmed = id.trim();
  if (trimmed === '') return QUESTION_ERRORS.idRequired;
  if (trimmed.length > MAX_ID) return QUESTION_ERRORS.idTooLong;
  return SLUG.test(trimmed) ? null : QUESTION_ERRORS.idFormat;
}

function checkText(text: string, max: number): QuestionError | null {
  const value = text.normalize('NFC').trim();
  if (value.length > max) return QUESTION_ERRORS.tooLong;
  return HIDDEN_CHARACTERS.test(value) ? QUESTION_ERRORS.hiddenCharacters : null;
}

function checkLabels(errors: Record<string, QuestionError>, at: string, labels: LabelDraft, max: number, firstLanguage: string | undefined, required: boolean): void {
  for (const [language, text] of Object.entries(labels)) {
    const problem = checkText(text, max);
    if (problem) errors[`${at}.${language}`] = problem;
  }
  if (required && firstLanguage !== undefined && (labels[firstLanguage] ?? '').trim() === '') errors[`${at}.${firstLanguage}`] = QUESTION_ERRORS.labelRequired;
}

/**
 * The form's mistakes, keyed by the service's field paths minus `body.` (`questions.2.labels.es`,
 * `questions.0.options.1.id`), so the service's own field errors land on the same fields. Empty
 * when the list can be sent.
 */
export function questionErrors(questions: readonly QuestionDraft[], languages: readonly string[]): Record<string, QuestionError> {
  const errors: Record<string, QuestionError> = {};
  const first = languages[0];
  if (questions.length > MAX_QUESTIONS) errors['questions'] = QUESTION_ERRORS.tooManyQuestions;
  const seen = new Set<string>();
  questions.forEach((question, index) => {
    const at = `questions.${index}`;
    const idProblem = checkId(question.id);
    if (idProblem) errors[`${at}.id`] = idProblem;
    else if (seen.has(question.id.trim())) errors[`${at}.id`] = QUESTION_ERRORS.idRepeated;
    seen.add(question.id.trim());
    checkLabels(errors, `${at}.labels`, question.labels, MAX_LABEL, first, true);
    checkLabels(errors, `${at}.help`, question.help, MAX_HELP, first, false);
    if (!isChoice(question.type)) return;
    if (question.options.length === 0) errors[`${at}.options`] = QUESTION_ERRORS.optionsRequired;
    if (question.options.length > MAX_OPTIONS) errors[`${at}.options`] = QUESTION_ERRORS.tooManyOptions;
    const optionIds = new Set<string>();
    question.options.forEach((option, optionIndex) => {
      const optionAt = `${at}.options.${optionIndex}`;
      const optionIdProblem = checkId(option.id);
      if (optionIdProblem) errors[`${optionAt}.id`] = optionIdProblem;
      else if (optionIds.has(option.id.trim())) errors[`${optionAt}.id`] = QUESTION_ERRORS.optionIdRepeated;
      optionIds.add(option.id.trim());
      checkLabels(errors, `${optionAt}.labels`, option.labels, MAX_OPTION_LABEL, first, true);
    });
  });
  return errors;
}

/** The question's label in the first language that has one, for headings and lists. */
export function labelIn(labels: Record<string, string> | undefined, languages: readonly string[]): string {
  for (const language of languages) {
    const text = labels?.[language]?.trim();
    if (text) return text;
  }
  return '';
}
