import type { IntakeDraft } from '../intake-draft';
import type { IntakeLabels } from '../use-intake-labels';

/** What every step gets: the draft, a way to change it, the message (if any) for a field path. */
export interface StepProps {
  draft: IntakeDraft;
  /** Changes the draft; `fields` are the field paths changed (their API errors are cleared). */
  edit: (change: (draft: IntakeDraft) => IntakeDraft, fields: readonly string[]) => void;
  error: (path: string) => string | undefined;
  labels: IntakeLabels;
}

/** A copy of a list with one item replaced. */
export const replaceAt = <T,>(list: readonly T[], index: number, item: T): T[] => list.map((current, at) => (at === index ? item : current));
export const removeAt = <T,>(list: readonly T[], index: number): T[] => list.filter((_item, at) => at !== index);
