import { fieldLabelOf } from './field-labels';
import { STEPS, stepOfField } from './intake-steps';

export interface SummaryItem {
  path: string;
  text: string;
}

export interface SummaryWords {
  /** A key of the intake namespace, translated. */
  t: (key: string, values?: Record<string, string | number>) => string;
  /** The field's message, as shown beside it. */
  message: (path: string) => string | undefined;
  /** The label of one of the centre's own questions. */
  questionLabel: (id: string) => string | undefined;
}

/**
 * The error summary's lines, in the order of the steps: "Year of birth — Cannot be in the future".
 * On the review, where problems of every step are listed, each line starts with its step.
 */
export function summaryOf(paths: readonly string[], words: SummaryWords, withStep: boolean): SummaryItem[] {
  return paths
    .map((path, order) => ({ path, order, step: stepOfField(path) }))
    .sort((a, b) => a.step - b.step || a.order - b.order)
    .flatMap(({ path, step }) => {
      const message = words.message(path);
      if (message === undefined) return [];
      const label = labelOf(path, words);
      const stepTitle = STEPS[step] ? words.t(STEPS[step].title) : '';
      const where = withStep ? words.t('summary.step', { n: step + 1, title: stepTitle }) : null;
      const field = label ?? (withStep ? null : stepTitle);
      const text = [where, field].filter((part): part is string => part !== null && part !== '').join(' · ');
      return [{ path, text: text === '' ? message : words.t('summary.item', { field: text, message }) }];
    });
}

function labelOf(path: string, words: SummaryWords): string | null {
  const question = /^answers\.values\.(.+)$/.exec(path);
  if (question?.[1] !== undefined) return words.questionLabel(question[1]) ?? null;
  const field = fieldLabelOf(path);
  if (field === null) return null;
  const label = words.t(field.key);
  return field.position === null ? label : `${label} (${field.position})`;
}
