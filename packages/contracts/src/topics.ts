/** Every Kafka topic the platform uses, with its partition count. One place, so launchers and services agree. */
export const TOPICS = {
  /** Interviews: intake.submitted carries the person's alias and profile, for case work inside the centre. */
  intakeEvents: 'corredor.intake.events',
  /**
   * Consents given and withdrawn, and erasures (a person's own decisions about their data), keyed
   * by person id. Nothing personal travels here, so services that only follow consents (referral,
   * reporting) never read the intake topic.
   */
  consentEvents: 'corredor.consent.events',
  caseEvents: 'corredor.case.events',
  /** Referrals made and their outcomes, keyed by case id (a case's referrals stay in order). Nothing personal. */
  referralEvents: 'corredor.referral.events',
  /**
   * What centres share with their networks: sharing statuses and suppressed aggregates, never a
   * person or an unsuppressed count. The one topic a network hub in another deployment mirrors.
   */
  networkEvents: 'corredor.network.events',
  /** Compacted, keyed by centre id: the latest event of each centre is its current state. */
  centreEvents: 'corredor.centre.events',
  deadLetter: 'corredor.dead-letter',
} as const;

export type TopicName = (typeof TOPICS)[keyof typeof TOPICS];

export const TOPIC_PARTITIONS: Record<TopicName, number> = {
  [TOPICS.intakeEvents]: 3,
  [TOPICS.consentEvents]: 3,
  [TOPICS.caseEvents]: 3,
  [TOPICS.referralEvents]: 3,
  [TOPICS.networkEvents]: 3,
  [TOPICS.centreEvents]: 1,
  [TOPICS.deadLetter]: 1,
};

/** Topics whose broker-side cleanup is compaction (keep the latest message per key) instead of deletion. */
export const COMPACTED_TOPICS: ReadonlySet<TopicName> = new Set([TOPICS.centreEvents]);

/**
 * Topics whose events are kept for ever (`retention.ms=-1`): reporting rebuilds its read model from
 * them (its replay command), and network views and hubs rebuild from the network topic. None
 * carries personal data (a contracts test checks it), so keeping them does not keep anyone's data.
 */
export const KEPT_FOREVER_TOPICS: ReadonlySet<TopicName> = new Set([TOPICS.caseEvents, TOPICS.referralEvents, TOPICS.consentEvents, TOPICS.networkEvents]);
