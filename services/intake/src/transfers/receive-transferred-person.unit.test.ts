import { caseTransferAcceptedV1, createEvent, TOPICS, type ConsentScope, type EventEnvelope } from '@corredor/contracts';
import { MemoryOutbox, MemoryProcessedEvents } from '@corredor/persistence';
import { ApiRoutes, buildServiceApp } from '@corredor/service-kit';
import { deliverEvents, testAppDeps } from '@corredor/service-kit/testing';
import { randomUUID } from 'node:crypto';
import { giveConsent } from '../consents/consent.domain';
import { MemoryConsentRepository } from '../consents/consent.repository.memory';
import { MemoryIdempotencyRepository } from '../idempotency/idempotency.repository.memory';
import { MemoryIntakeRecords } from '../intakes/intake-records.memory';
import { MemoryIntakeRepository } from '../intakes/intake.repository.memory';
import type { PersonDetails } from '../interview';
import { newPerson } from '../people/person.domain';
import { MemoryPersonRepository } from '../people/person.repository.memory';
import { receiveTransferredPerson } from './receive-transferred-person.subscriber';

const CURP = 'GAPM900101MNEXXX09';
const PASSPORT = 'HT1234567';
const PHONE = '+526641234567';
const WHATSAPP = '+526649876543';
const EMAIL = 'marie@example.org';

const details: PersonDetails = {
  name: 'Marie Joseph',
  alias: 'Mari',
  dateOfBirth: '1994-03-02',
  yearOfBirth: 1994,
  sex: 'female',
  genderIdentity: 'woman',
  nationalities: ['HT'],
  languages: ['ht', 'fr'],
  preferredLanguage: 'ht',
  needsInterpreter: true,
  contactChannels: [
    { channel: 'phone', value: PHONE },
    { channel: 'whatsapp', value: WHATSAPP },
    { channel: 'email', value: EMAIL },
  ],
  identityDocuments: [
    { type: 'CURP', number: CURP },
    { type: 'passport', number: PASSPORT, issuingCountry: 'HT' },
  ],
};

const PARTNER = '77777777-0000-4000-8000-000000000001';
const ALL_CONSENTS: ConsentScope[] = [
  { purpose: 'store-data' },
  { purpose: 'transfer' },
  { purpose: 'statistics' },
  { purpose: 'contact', channel: 'whatsapp' },
  { purpose: 'share-with-partner', partnerId: PARTNER },
];

async function setup() {
  const deps = testAppDeps();
  const outbox = new MemoryOutbox();
  const people = new MemoryPersonRepository(outbox, deps.keys);
  const consents = new MemoryConsentRepository(outbox, deps.keys);
  const records = new MemoryIntakeRecords({ intakes: new MemoryIntakeRepository(deps.keys), people, consents, idempotency: new MemoryIdempotencyRepository(), outbox });
  const built = buildServiceApp(
    {
      name: 'intake',
      errorPrefix: 'INTAKE',
      defaultPort: 0,
      create: ({ outboxWritten }) => ({
        api: new ApiRoutes('intake'),
        subscriptions: [receiveTransferredPerson({ people, consents, records, outboxWritten })],
        processed: new MemoryProcessedEvents(),
        outbox,
        isStoreReachable: async () => true,
      }),
    },
    deps,
  );
  await built.startConsuming();

  const personAt = async (tenant: string, scopes: ConsentScope[]) => {
    const person = newPerson({ id: randomUUID(), tenant, details, interviewed: true }, new Date('2026-11-20T10:00:00.000Z'));
    const given = scopes.map((scope) => giveConsent({ id: randomUUID(), tenant, personId: person.id, scope, intakeId: null, by: 'ana' }, new Date('2026-11-20T10:00:00.000Z')));
    await records.save({ person: { record: person, expectedVersion: null }, consents: given, events: [] });
    return person;
  };
  const accepted = (origin: { id: string }, overrides: { tenant?: string; fromCentre?: string } = {}) =>
    createEvent(
      caseTransferAcceptedV1,
      {
        transferId: randomUUID(),
        fromCentre: overrides.fromCentre ?? 'tijuana',
        toCentre: 'tapachula',
        originCaseId: randomUUID(),
        originPersonId: origin.id,
        newCaseId: randomUUID(),
        newPersonId: randomUUID(),
        acceptedAt: '2026-11-23T15:00:00.000Z',
      },
      { tenant: overrides.tenant ?? 'tapachula', source: '/corredor/case', correlationId: 'req-1', causationId: 'req-1', subject: origin.id },
    );
  const deliver = async (...events: EventEnvelope[]) => {
    await deliverEvents(deps.bus, events);
    await built.relay?.publishBatch();
  };
  /** What the intake service published, on both its topics. */
  const intakeEvents = (): EventEnvelope[] => [TOPICS.intakeEvents, TOPICS.consentEvents].flatMap((topic) => deps.bus.messages(topic).map((m) => JSON.parse(m.value) as EventEnvelope));
  return { keys: deps.keys, people, consents, personAt, accepted, deliver, intakeEvents };
}

describe('bringing a transferred person into the receiving centre', () => {
  it('copies who the person is and the channels they may be contacted on, never their documents', async () => {
    const s = await setup();
    const origin = await s.personAt('tijuana', ALL_CONSENTS);
    const event = s.accepted(origin);
    await s.deliver(event);

    const copy = await s.people.findById('tapachula', event.data.newPersonId);
    expect(copy).toMatchObject({ tenant: 'tapachula', lastIntakeAt: null });
    expect(copy?.details).toEqual({
      name: 'Marie Joseph',
      alias: 'Mari',
      dateOfBirth: '1994-03-02',
      yearOfBirth: 1994,
      sex: 'female',
      genderIdentity: 'woman',
      nationalities: ['HT'],
      languages: ['ht', 'fr'],
      preferredLanguage: 'ht',
      needsInterpreter: true,
      contactChannels: [{ channel: 'whatsapp', value: WHATSAPP }],
      identityDocuments: [],
    });
    const stored = JSON.stringify(copy);
    for (const secret of [CURP, PASSPORT, PHONE, EMAIL]) expect(stored).not.toContain(secret);
    expect(await s.people.findById('tapachula', origin.id)).toBeNull();
    expect(await s.people.findById('tijuana', origin.id)).toEqual(origin);
  });

  it('brings the consents that cover what was copied, announced as consent.given at the receiving centre without personal data', async () => {
    const s = await setup();
    const origin = await s.personAt('tijuana', ALL_CONSENTS);
    const event = s.accepted(origin);
    await s.deliver(event);
    const holding = await s.consents.holding('tapachula', event.data.newPersonId, 10);
    expect(holding.map((c) => c.scope)).toEqual(expect.arrayContaining([{ purpose: 'store-data' }, { purpose: 'statistics' }, { purpose: 'contact', channel: 'whatsapp' }]));
    expect(holding).toHaveLength(3);
    expect(holding[0]).toMatchObject({ givenBy: `transfer:${event.data.transferId}`, intakeId: null });

    const given = s.intakeEvents().filter((e) => e.type === 'consent.given');
    expect(given).toHaveLength(3);
    expect(given.every((e) => e.tenantid === 'tapachula' && e.subject === event.data.newPersonId && e.causationid === event.id)).toBe(true);
    expect(JSON.stringify(given)).not.toMatch(/Marie|Mari|\+52|example\.org|GAPM/);
  });

  it('brings the person once, however often the acceptance arrives', async () => {
    const s = await setup();
    const origin = await s.personAt('tijuana', ALL_CONSENTS);
    const event = s.accepted(origin);
    await s.deliver(event, { ...event, id: randomUUID() });
    expect(await s.consents.holding('tapachula', event.data.newPersonId, 10)).toHaveLength(3);
    expect(s.intakeEvents().filter((e) => e.type === 'consent.given')).toHaveLength(3);
  });

  it('copies nothing when the person no longer consents to the transfer at the origin', async () => {
    const s = await setup();
    const origin = await s.personAt('tijuana', [{ purpose: 'store-data' }, { purpose: 'contact', channel: 'whatsapp' }]);
    const event = s.accepted(origin);
    await s.deliver(event);
    expect(await s.people.findById('tapachula', event.data.newPersonId)).toBeNull();
    expect(s.intakeEvents()).toEqual([]);
  });

  it('copies nothing for an acceptance announced by any centre but the receiving one', async () => {
    const s = await setup();
    const origin = await s.personAt('tijuana', ALL_CONSENTS);
    const event = s.accepted(origin, { tenant: 'tijuana' });
    await s.deliver(event);
    expect(await s.people.findById('tapachula', event.data.newPersonId)).toBeNull();
  });

  it("opens the origin's person with the origin's key and seals the copy with the receiving centre's", async () => {
    const s = await setup();
    const origin = await s.personAt('tijuana', ALL_CONSENTS);
    const event = s.accepted(origin);
    await s.deliver(event);
    const stored = s.people.collection.contents().find((doc) => doc.id === event.data.newPersonId);
    expect(stored?.details).toMatch(/^cx1\./);
    expect(JSON.stringify(stored)).not.toMatch(/Marie|9876543/);
    expect(s.keys.open<{ alias?: string }>('tapachula', 'people.details', String(stored?.details)).alias).toBe('Mari');
    expect(() => s.keys.open('tijuana', 'people.details', String(stored?.details))).toThrow();
  });

  it("copies nothing once the origin's data key was destroyed: nothing of theirs can be read there", async () => {
    const s = await setup();
    const origin = await s.personAt('tijuana', ALL_CONSENTS);
    s.keys.destroy('tijuana');
    const event = s.accepted(origin);
    await s.deliver(event);
    expect(await s.people.findById('tapachula', event.data.newPersonId)).toBeNull();
    expect(s.intakeEvents()).toEqual([]);
  });
});
