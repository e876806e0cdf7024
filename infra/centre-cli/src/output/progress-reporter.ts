/** How a step ended: it changed something, found nothing to do (already done by an earlier run), or failed. */
export type StepStatus = 'done' | 'nothing-to-do' | 'failed';

export interface StepRef {
  index: number;
  total: number;
  name: string;
  title: string;
}

export interface StepOutcome {
  status: StepStatus;
  summary: string;
  /** Further lines, such as each field that changed. */
  details?: string[];
}

export interface StepRecord extends StepRef, StepOutcome {
  durationMs: number;
}

/** Where the steps of a command are shown: the console for the CLI, nothing or a list for tests and `npm start`. */
export interface ProgressReporter {
  info(message: string): void;
  stepStarted(step: StepRef): void;
  /** A step that takes a while says how far it is, e.g. `4/6 services`. */
  stepProgress(step: StepRef, progress: string): void;
  stepFinished(step: StepRecord): void;
}

export const silentReporter: ProgressReporter = {
  info: () => undefined,
  stepStarted: () => undefined,
  stepProgress: () => undefined,
  stepFinished: () => undefined,
};

/** Keeps what was reported, for tests: info lines, progress texts and finished steps. */
export function collectingReporter(): ProgressReporter & { infos: string[]; progress: string[]; steps: StepRecord[] } {
  const infos: string[] = [];
  const progress: string[] = [];
  const steps: StepRecord[] = [];
  return {
    infos,
    progress,
    steps,
    info: (message) => void infos.push(message),
    stepStarted: () => undefined,
    stepProgress: (step, text) => void progress.push(`${step.name}: ${text}`),
    stepFinished: (step) => void steps.push(step),
  };
}
