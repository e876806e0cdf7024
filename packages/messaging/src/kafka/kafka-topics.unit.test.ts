import { COMPACTED_TOPICS, EVENT_DEFINITIONS, KEPT_FOREVER_TOPICS, TOPIC_PARTITIONS, TOPICS } from '@corredor/contracts';
import { ensureTopics, type TopicAdmin } from './kafka-topics';
import { planTopics } from './topic-plan';

/** A cluster that remembers what was created. */
function fakeCluster(initial: Record<string, number> = {}): TopicAdmin & { topics: Map<string, number>; compacted: Set<string>; keptForever: Set<string>; createCalls: number } {
  const topics = new Map(Object.entries(initial));
  const compacted = new Set<string>();
  const keptForever = new Set<string>();
  return {
    topics,
    compacted,
    keptForever,
    createCalls: 0,
    async partitionCounts() {
      return new Map(topics);
    },
    async createTopics(list) {
      this.createCalls += 1;
      for (const { topic, partitions, compacted: isCompacted, keptForever: isKept } of list) {
        topics.set(topic, partitions);
        if (isCompacted) compacted.add(topic);
        if (isKept) keptForever.add(topic);
      }
    },
  };
}

describe('topic set-up', () => {
  it('creates every declared topic with its declared partitions on an empty cluster', async () => {
    const cluster = fakeCluster();
    const plan = await ensureTopics(cluster, TOPIC_PARTITIONS);
    expect(Object.fromEntries(cluster.topics)).toEqual(TOPIC_PARTITIONS);
    expect(plan.create.map((t) => t.topic).sort()).toEqual(Object.values(TOPICS).sort());
  });

  it('creates the centre topic compacted (its latest event per centre is the state) and the others not', async () => {
    const cluster = fakeCluster();
    const plan = await ensureTopics(cluster, TOPIC_PARTITIONS, COMPACTED_TOPICS);
    expect([...cluster.compacted]).toEqual([TOPICS.centreEvents]);
    expect(plan.create.find((t) => t.topic === TOPICS.caseEvents)?.compacted).toBe(false);
  });

  it('keeps for ever the events reporting and network views rebuild from, and none of them is personal', async () => {
    const cluster = fakeCluster();
    await ensureTopics(cluster, TOPIC_PARTITIONS, COMPACTED_TOPICS, KEPT_FOREVER_TOPICS);
    expect([...cluster.keptForever].sort()).toEqual([TOPICS.caseEvents, TOPICS.consentEvents, TOPICS.networkEvents, TOPICS.referralEvents].sort());
    expect(cluster.keptForever.has(TOPICS.intakeEvents)).toBe(false);
    const personal = EVENT_DEFINITIONS.filter((definition) => KEPT_FOREVER_TOPICS.has(definition.topic) && definition.carriesPersonalData);
    expect(personal.map((definition) => `${definition.type} v${definition.version}`)).toEqual([]);
  });

  it('changes nothing when run again', async () => {
    const cluster = fakeCluster();
    await ensureTopics(cluster, TOPIC_PARTITIONS);
    const second = await ensureTopics(cluster, TOPIC_PARTITIONS);
    expect(cluster.createCalls).toBe(1);
    expect(second.create).toEqual([]);
    expect(second.present).toHaveLength(Object.keys(TOPIC_PARTITIONS).length);
  });

  it('creates only the missing topics and leaves unrelated ones alone', async () => {
    const cluster = fakeCluster({ [TOPICS.intakeEvents]: 3, 'someone.else': 7 });
    const plan = await ensureTopics(cluster, TOPIC_PARTITIONS);
    expect(plan.create.map((t) => t.topic)).not.toContain(TOPICS.intakeEvents);
    expect(plan.present).toEqual([{ topic: TOPICS.intakeEvents, partitions: 3 }]);
    expect(cluster.topics.get('someone.else')).toBe(7);
    expect(cluster.topics.get(TOPICS.caseEvents)).toBe(TOPIC_PARTITIONS[TOPICS.caseEvents]);
  });

  it('reports a topic whose partition count differs and does not change it (keys would move)', () => {
    const plan = planTopics({ 'a.events': 3 }, new Map([['a.events', 1]]));
    expect(plan).toEqual({ create: [], present: [], mismatched: [{ topic: 'a.events', declared: 3, actual: 1 }] });
    expect(planTopics({ 'a.events': 3 }, new Map(), new Set(['a.events'])).create).toEqual([{ topic: 'a.events', partitions: 3, compacted: true, keptForever: false }]);
  });

  it('fails when the cluster refuses to create a topic', async () => {
    const cluster = fakeCluster();
    cluster.createTopics = async () => {
      throw new Error('not authorised');
    };
    await expect(ensureTopics(cluster, TOPIC_PARTITIONS)).rejects.toThrow('not authorised');
  });
});
