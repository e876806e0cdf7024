import type { FieldProblems } from './intake-validation';

/** The interview's steps, in order, with the part of the request each one fills. */
export const STEPS = [
  { id: 'person', title: 'steps.person', fields: ['person.existingPersonId', 'person.caseAction', 'person.updates', 'person'] },
  { id: 'situation', title: 'steps.situation', fields: ['interview.migratorySituation'] },
  { id: 'documents', title: 'steps.documents', fields: ['person.identityDocuments', 'person.updates.identityDocuments'] },
  { id: 'work', title: 'steps.work', fields: ['interview.work'] },
  { id: 'household', title: 'steps.household', fields: ['interview.household', 'interview.needs'] },
  { id: 'childProtection', title: 'steps.childProtection', fields: ['interview.screens.childProtection'] },
  { id: 'genderBasedViolence', title: 'steps.genderBasedViolence', fields: ['interview.screens.genderBasedViolence'] },
  { id: 'trafficking', title: 'steps.trafficking', fields: ['interview.screens.traffickingForcedLabour'] },
  { id: 'urgentNeeds', title: 'steps.urgentNeeds', fields: ['interview.screens.urgentBasicNeeds'] },
  { id: 'consents', title: 'steps.consents', fields: ['consents'] },
  { id: 'questions', title: 'steps.questions', fields: ['answers'] },
  { id: 'review', title: 'steps.review', fields: [] },
] as const;
export type StepId = (typeof STEPS)[number]['id'];
export const STEP_IDS: readonly StepId[] = STEPS.map((step) => step.id);
export const REVIEW_STEP = STEP_IDS.length - 1;

const within = (path: string, prefix: string): boolean => path === prefix || path.startsWith(`${prefix}.`);

/**
 * The step where a field is answered (its longest matching prefix wins, so a document's error goes
 * to Documents and not Person); anything else (a problem with the whole body) to the review.
 */
export function stepOfField(path: string): number {
  let best = REVIEW_STEP;
  let length = -1;
  STEPS.forEach((step, index) => {
    for (const prefix of step.fields) {
      if (within(path, prefix) && prefix.length > length) {
        best = index;
        length = prefix.length;
      }
    }
  });
  return best;
}

/**
 * A returning person's corrections are reported under `person.updates.*`: shown on the field the
 * interviewer typed them in (`person.*`).
 */
export const fieldOfApiPath = (path: string): string => path.replace(/^person\.updates\./, 'person.');

/** The steps holding at least one problem, in order. */
export function stepsWithProblems(problems: FieldProblems | Record<string, unknown>): number[] {
  return [...new Set(Object.keys(problems).map(stepOfField))].sort((a, b) => a - b);
}
