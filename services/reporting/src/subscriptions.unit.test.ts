import { EVENT_DEFINITIONS, eventRegistry, TOPICS } from '@corredor/contracts';
import { testAppDeps } from '@corredor/service-kit/testing';
import * as honourStatisticsConsent from './projection/honour-statistics-consent.subscriber';
import * as recordCaseFacts from './projection/record-case-facts.subscriber';
import * as recordReferralFacts from './projection/record-referral-facts.subscriber';
import { buildApp } from './service';

describe("the reporting service's subscriptions", () => {
  const { subscriptions } = buildApp(testAppDeps()).module;

  it('read the case, referral, consent and network topics, one group each so that the events of a case (or a person) keep their order', () => {
    expect(subscriptions.map((sub) => [sub.group, sub.topic, [...sub.types].sort()])).toEqual([
      [
        'reporting.case-facts',
        TOPICS.caseEvents,
        ['case.closed', 'case.intake-attached', 'case.labour-claim-changed', 'case.opened', 'case.risk-flagged', 'case.service-recorded', 'case.service-voided', 'case.status-changed'],
      ],
      ['reporting.referral-facts', TOPICS.referralEvents, ['referral.made', 'referral.status-changed']],
      ['reporting.statistics-consents', TOPICS.consentEvents, ['consent.withdrawn', 'person.erased']],
      // What the centres share with their networks, for the network view.
      ['reporting.network-view', TOPICS.networkEvents, ['report.aggregate-published', 'report.sharing-status-changed']],
    ]);
  });

  it('handle the latest version of each type, as the registry upcasts every event to it', () => {
    const events = [recordCaseFacts, recordReferralFacts, honourStatisticsConsent].flatMap((subscriber) => subscriber.config.events);
    expect(events.filter((event) => eventRegistry.latestOf(event.type) !== event).map((event) => `${event.type} v${event.version}`)).toEqual([]);
  });

  it('never read a topic that carries personal data (a consumer receives every message of its topic)', () => {
    const personal = new Set<string>(EVENT_DEFINITIONS.filter((definition) => definition.carriesPersonalData).map((definition) => definition.topic));
    expect(personal).toContain(TOPICS.intakeEvents);
    expect(subscriptions.filter((sub) => personal.has(sub.topic))).toEqual([]);
  });
});
