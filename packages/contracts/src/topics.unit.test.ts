import { consentGivenV1, consentWithdrawnV1, EVENT_DEFINITIONS, TOPIC_PARTITIONS, TOPICS } from './index';

describe('the consent topic', () => {
  it('carries consent.given and consent.withdrawn, keyed by person over 3 partitions like the intake topic', () => {
    expect(TOPICS.consentEvents).toBe('corredor.consent.events');
    expect(TOPIC_PARTITIONS[TOPICS.consentEvents]).toBe(3);
    expect([consentGivenV1.topic, consentWithdrawnV1.topic]).toEqual([TOPICS.consentEvents, TOPICS.consentEvents]);
  });

  it('carries no event with personal data, so referral and reporting never read one to follow consents', () => {
    const onConsentTopic = EVENT_DEFINITIONS.filter((definition) => definition.topic === TOPICS.consentEvents);
    expect(onConsentTopic.map((d) => d.type).sort()).toEqual(['consent.given', 'consent.withdrawn', 'person.erased']);
    expect(onConsentTopic.filter((d) => d.carriesPersonalData)).toEqual([]);
  });
});
