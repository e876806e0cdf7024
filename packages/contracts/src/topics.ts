/** Every Kafka topic the platform uses, with its partition count. One place, so launchers and services agree. */
export const TOPICS = {
  intakeEvents: 'corredor.intake.events',
  caseEvents: 'corredor.case.events',
  deadLetter: 'corredor.dead-letter',
} as const;

export type TopicName = (typeof TOPICS)[keyof typeof TOPICS];

export const TOPIC_PARTITIONS: Record<TopicName, number> = {
  [TOPICS.intakeEvents]: 3,
  [TOPICS.caseEvents]: 3,
  [TOPICS.deadLetter]: 1,
};
