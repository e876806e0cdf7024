import { EVENT_DEFINITIONS, TOPICS } from '@corredor/contracts';
import { testAppDeps } from '@corredor/service-kit/testing';
import { buildApp } from './service';

describe("the reporting service's subscriptions", () => {
  const { subscriptions } = buildApp(testAppDeps()).module;

  it('read case openings and consent events only', () => {
    expect(subscriptions.map((sub) => [sub.group, sub.topic])).toEqual([
      ['reporting.people-served', TOPICS.caseEvents],
      ['reporting.statistics-consents', TOPICS.consentEvents],
    ]);
  });

  it('never read a topic that carries personal data (a consumer receives every message of its topic)', () => {
    const personal = new Set<string>(EVENT_DEFINITIONS.filter((definition) => definition.carriesPersonalData).map((definition) => definition.topic));
    expect(personal).toContain(TOPICS.intakeEvents);
    expect(subscriptions.filter((sub) => personal.has(sub.topic))).toEqual([]);
  });
});
