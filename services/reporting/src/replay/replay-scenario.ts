import { SERVICE_TYPES, type EventEnvelope } from '@corredor/contracts';
import { randomUUID } from 'node:crypto';
import { TestCase, withdrawn } from '../test-events';

/** A centre's year of events, and the subjects (case and person ids) of every event of the people erased in it. */
export interface CentreYear {
  events: EventEnvelope[];
  erased: ReadonlySet<string>;
}

/**
 * A year of a centre's work as events (for the replay's tests): people opening cases, returning,
 * services (some voided), claims with amounts, risk flags, referrals and their outcomes, closures
 * and reopenings, a person not counted, a withdrawn statistics consent, erasures (with work on the
 * erased person's case after it). `seed` makes the mix repeatable; ids are random.
 */
export function centreYear(tenant: string, people: number, seed: number): EventEnvelope[] {
  return centreYearOf(tenant, people, seed).events;
}

/** The same events without any of the erased people's: what every report must read once the erasures are applied. */
export function withoutErasedPeople(year: CentreYear): EventEnvelope[] {
  return year.events.filter((event) => event.subject === undefined || !year.erased.has(event.subject));
}

export function centreYearOf(tenant: string, people: number, seed: number): CentreYear {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] ?? (list[0] as T);
  const day = (month: number, dayOfMonth: number) => `2026-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
  const partners = [
    { id: 'c0ffee00-0000-4000-8000-000000000001', name: 'Casa del Migrante' },
    { id: 'c0ffee00-0000-4000-8000-000000000002', name: 'Madre Assunta' },
  ];
  const events: EventEnvelope[] = [];
  const erased = new Set<string>();
  for (let i = 0; i < people; i++) {
    const month = 1 + Math.floor(random() * 11);
    const opened = 1 + Math.floor(random() * 20);
    const kase = new TestCase({
      tenant,
      openedAt: `${day(month, opened)}T17:00:00.000Z`,
      sex: pick(['female', 'male', 'female', 'not-stated'] as const),
      ageBand: pick(['18-29', '30-44', '45-59', '12-17'] as const),
      nationality: pick(['HT', 'HN', 'GT', 'SV', 'VE']),
      languages: pick([['es'], ['ht', 'fr'], ['es', 'mam']]),
      migratoryStatus: pick(['tvrh', 'asylum-seeker', 'irregular', null] as const),
      priority: pick(['normal', 'normal', 'medium', 'high'] as const),
      countInStatistics: i % 17 !== 5,
    });
    events.push(kase.opened());
    if (random() < 0.2) events.push(kase.riskFlagged(`${day(month, opened)}T17:00:00.000Z`, pick(['medium', 'high'] as const)));
    const services = 1 + Math.floor(random() * 4);
    for (let s = 0; s < services; s++) {
      const serviceId = randomUUID();
      const type = pick(SERVICE_TYPES);
      const on = day(month, opened + 1 + s);
      events.push(kase.serviceRecorded(type, on, { serviceId, language: type === 'interpretation' ? pick(['ht', 'mam']) : null }));
      if (random() < 0.05) events.push(kase.serviceVoided(serviceId, type, `${on}T21:00:00.000Z`));
    }
    if (random() < 0.6) events.push(kase.statusChanged('open', 'active', `${day(month, opened + 1)}T18:00:00.000Z`));
    if (random() < 0.15) {
      const claimId = randomUUID();
      events.push(kase.claimChanged(claimId, `${day(month, opened + 2)}T18:00:00.000Z`, { amountClaimed: `${1000 + i}.50` }));
      if (random() < 0.5) {
        events.push(kase.claimChanged(claimId, `${day(month + 1, 3)}T18:00:00.000Z`, { status: 'agreement', amountClaimed: `${1000 + i}.50`, amountAgreed: '900', currency: 'MXN' }));
      }
    }
    if (random() < 0.2) {
      const referralId = randomUUID();
      events.push(kase.referralMade(referralId, pick(partners), `${day(month, opened + 1)}T19:00:00.000Z`, pick(['shelter', 'food', 'health'] as const)));
      if (random() < 0.6) events.push(kase.referralChanged(referralId, 'made', pick(['completed', 'declined'] as const), `${day(month, opened + 5)}T19:00:00.000Z`));
    }
    if (random() < 0.3) {
      events.push(kase.statusChanged('active', 'closed', `${day(month, opened + 6)}T18:00:00.000Z`), kase.closed(pick(['resolved', 'referred', 'lost-contact'] as const), `${day(month, opened + 6)}T18:00:00.000Z`));
      if (random() < 0.3) {
        events.push(kase.intakeAttached(`${day(month + 1, 10)}T18:00:00.000Z`, 'irregular'), kase.statusChanged('closed', 'active', `${day(month + 1, 10)}T18:00:00.000Z`));
      }
    }
    let again: TestCase | null = null;
    if (random() < 0.08) {
      again = new TestCase({ tenant, personId: kase.personId, openedAt: `${day(month + 1, 15)}T17:00:00.000Z`, returning: true, sex: 'female', languages: ['es'] });
      events.push(again.opened(), again.serviceRecorded('accompaniment', day(month + 1, 16)));
    }
    if (i % 13 === 7) events.push(withdrawn(tenant, kase.personId, `${day(month, opened + 3)}T12:00:00.000Z`));
    if (i % 19 === 11) {
      // The case service keeps the erased person's case (its skeleton): work on it goes on being published.
      events.push(kase.erased(`${day(month, opened + 8)}T12:00:00.000Z`), kase.serviceRecorded('accompaniment', day(month, opened + 8)));
      erased.add(kase.personId).add(kase.caseId);
      if (again) erased.add(again.caseId);
    }
  }
  return { events, erased };
}

/** The periods the replay's tests compare every report over: years, quarters, months, a week, a day. */
export const PERIODS = ['2026', '2026-Q1', '2026-Q4', '2026-03', '2026-11', '2026-W12', '2026-06-15', '2025'] as const;
