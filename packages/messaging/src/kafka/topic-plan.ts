/** A topic to create: its partitions, and whether the broker compacts it (keeps the latest message per key). */
export interface TopicToCreate {
  topic: string;
  partitions: number;
  compacted: boolean;
  /** Kept for ever (`retention.ms=-1`): the log a read model is rebuilt from. */
  keptForever: boolean;
}

/** What the cluster must gain so that every declared topic exists; pure, so it is tested without a broker. */
export interface TopicPlan {
  /** Declared topics the cluster lacks, with their declared partition counts and cleanup. */
  create: TopicToCreate[];
  /** Declared topics that exist already. */
  present: Array<{ topic: string; partitions: number }>;
  /**
   * Topics that exist with another partition count. Left as they are: adding partitions moves keys
   * to other partitions (a case's events would lose their order), and Kafka cannot remove any.
   */
  mismatched: Array<{ topic: string; declared: number; actual: number }>;
}

export function planTopics(
  declared: Record<string, number>,
  existing: ReadonlyMap<string, number>,
  compacted: ReadonlySet<string> = new Set(),
  keptForever: ReadonlySet<string> = new Set(),
): TopicPlan {
  const plan: TopicPlan = { create: [], present: [], mismatched: [] };
  for (const [topic, partitions] of Object.entries(declared)) {
    const actual = existing.get(topic);
    if (actual === undefined) plan.create.push({ topic, partitions, compacted: compacted.has(topic), keptForever: keptForever.has(topic) });
    else if (actual === partitions) plan.present.push({ topic, partitions });
    else plan.mismatched.push({ topic, declared: partitions, actual });
  }
  return plan;
}
