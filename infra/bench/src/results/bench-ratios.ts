/**
 * The figures the regression gate compares: shares of a baseline measured in the same run, so a
 * faster or slower machine changes them little. Higher is better for every one.
 */
export interface BenchRatios {
  /** The service kit's trivial route / express+helmet hello. */
  kitOverHello: number;
  /** The intake service alone / hello. */
  intakeOverHello: number;
  /** POST /v1/intakes on the one-process platform (npm start) / hello. */
  platformOverHello: number;
  /** POST /v1/intakes with the services as processes over Kafka / hello in the same rounds. */
  processesOverHello: number;
  /** intake → case → reporting on a backlog / raw kafkajs through two hops. */
  pipelineOverRawKafka: number;
}

export const RATIO_LABELS: Record<keyof BenchRatios, string> = {
  kitOverHello: 'service kit, trivial route / hello',
  intakeOverHello: 'intake service alone / hello',
  platformOverHello: 'npm start, POST /v1/intakes / hello',
  processesOverHello: 'five processes over Kafka, POST / hello',
  pipelineOverRawKafka: 'pipeline intake→case→reporting / raw kafkajs',
};

/** How far below its baseline a ratio may fall before the gate fails (25 %). */
export const GATE_TOLERANCE = 0.25;

export interface GateVerdict {
  ratio: keyof BenchRatios;
  baseline: number;
  measured: number;
  /** The lowest that passes. */
  floor: number;
  passed: boolean;
}

/** Each ratio of the baseline against the one measured: it fails once more than 25 % below. */
export function gate(baseline: Partial<BenchRatios>, measured: Partial<BenchRatios>): GateVerdict[] {
  return (Object.keys(RATIO_LABELS) as Array<keyof BenchRatios>).flatMap((ratio) => {
    const before = baseline[ratio];
    if (before === undefined) return [];
    const now = measured[ratio];
    const floor = before * (1 - GATE_TOLERANCE);
    return [{ ratio, baseline: before, measured: now ?? Number.NaN, floor, passed: now !== undefined && Number.isFinite(now) && now >= floor }];
  });
}
