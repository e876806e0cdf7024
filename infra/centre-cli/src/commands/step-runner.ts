import type { ProgressReporter, StepOutcome, StepRecord, StepRef } from '../output/progress-reporter';

export type StepWork<T> = (progress: (text: string) => void) => Promise<StepOutcome & { value: T }>;

/** Runs a command's steps in order, reporting each as it starts, progresses and ends (also when it fails). */
export class StepRunner {
  readonly steps: StepRecord[] = [];
  private index = 0;

  constructor(
    private readonly reporter: ProgressReporter,
    private readonly total: number,
  ) {}

  async run<T>(name: string, title: string, work: StepWork<T>): Promise<T> {
    this.index += 1;
    const step: StepRef = { index: this.index, total: this.total, name, title };
    const started = performance.now();
    this.reporter.stepStarted(step);
    const finish = (outcome: StepOutcome) => {
      const record: StepRecord = { ...step, ...outcome, durationMs: performance.now() - started };
      this.steps.push(record);
      this.reporter.stepFinished(record);
    };
    try {
      const { value, ...outcome } = await work((text) => this.reporter.stepProgress(step, text));
      finish(outcome);
      return value;
    } catch (error) {
      finish({ status: 'failed', summary: 'failed' });
      throw error;
    }
  }
}
