import type { BenchLogPlan } from './bench-events';

/** What every phase of the reporting benchmark is given. */
export interface PhaseOptions {
  /** Bootstrap servers of the broker holding the log. */
  brokers: string;
  plan: BenchLogPlan;
  /** Where CPU profiles go; null: no profiling. */
  profileDir: string | null;
}

export const perSecond = (count: number, milliseconds: number) => Math.round((count * 1000) / milliseconds);
