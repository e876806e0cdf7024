import { consentGivenV1, consentWithdrawnV1, createEvent, intakeSubmittedV2, type ConsentScope } from '@corredor/contracts';
import { MemoryProcessedEvents } from '@corredor/persistence';
import { ApiRoutes, buildServiceApp, deliverEvents, testAppDeps } from '@corredor/service-kit';
import { randomUUID } from 'node:crypto';
import { consentProjection } from './consent-projection';

const meta = (tenant: string, personId: string) => ({ tenant, source: '/corredor/intake', correlationId: 'req-1', causationId: 'req-1', subject: personId });

function intake(tenant: string, personId: string, consents: ConsentScope[]) {
  return createEvent(
    intakeSubmittedV2,
    {
      intakeId: randomUUID(),
      personId,
      returning: false,
      caseAction: 'open-new',
      alias: 'Marie Joseph',
      sex: 'female',
      yearOfBirth: 1994,
      nationalities: ['HT'],
      languages: ['ht', 'fr'],
      preferredLanguage: 'ht',
      needsInterpreter: true,
      riskFlags: [],
      consents,
      interviewedBy: 'ana',
      submittedAt: '2026-11-23T14:00:00.000Z',
    },
    meta(tenant, personId),
  );
}

const given = (tenant: string, personId: string, scope: ConsentScope, at: string) =>
  createEvent(consentGivenV1, { personId, consentId: randomUUID(), scope, givenAt: at }, meta(tenant, personId));
const withdrawn = (tenant: string, personId: string, scope: ConsentScope, at: string) =>
  createEvent(consentWithdrawnV1, { personId, consentId: randomUUID(), scope, withdrawnAt: at }, meta(tenant, personId));

async function setup() {
  const deps = testAppDeps();
  const feature = consentProjection({ mongo: null });
  const built = buildServiceApp(
    {
      name: 'case',
      errorPrefix: 'CASE',
      defaultPort: 0,
      create: () => ({ api: new ApiRoutes(), subscriptions: feature.subscriptions, processed: new MemoryProcessedEvents(), isStoreReachable: feature.isReachable }),
    },
    deps,
  );
  await built.startConsuming();
  return { consents: feature.consents, deliver: (...events: Parameters<typeof deliverEvents>[1]) => deliverEvents(deps.bus, events) };
}

describe('the consent projection', () => {
  it("learns a person's consents from their intake, per centre", async () => {
    const { consents, deliver } = await setup();
    const person = randomUUID();
    await deliver(intake('tijuana', person, [{ purpose: 'store-data' }, { purpose: 'transfer' }, { purpose: 'contact', channel: 'whatsapp' }]));
    expect(await consents.hasConsent('tijuana', person, 'transfer')).toBe(true);
    expect(await consents.hasConsent('tijuana', person, { purpose: 'contact', channel: 'whatsapp' })).toBe(true);
    expect(await consents.hasConsent('tijuana', person, { purpose: 'contact', channel: 'phone' })).toBe(false);
    expect(await consents.hasConsent('tijuana', person, 'statistics')).toBe(false);
    expect(await consents.hasConsent('tapachula', person, 'transfer')).toBe(false);
  });

  it('follows consents given and withdrawn after the intake', async () => {
    const { consents, deliver } = await setup();
    const person = randomUUID();
    await deliver(intake('tijuana', person, [{ purpose: 'store-data' }]));
    await deliver(given('tijuana', person, { purpose: 'transfer' }, '2026-11-24T10:00:00.000Z'));
    expect(await consents.hasConsent('tijuana', person, 'transfer')).toBe(true);
    await deliver(withdrawn('tijuana', person, { purpose: 'transfer' }, '2026-11-25T10:00:00.000Z'));
    expect(await consents.hasConsent('tijuana', person, 'transfer')).toBe(false);
    expect(await consents.hasConsent('tijuana', person, 'store-data')).toBe(true);
  });

  it('keeps a withdrawal when the same consent event is delivered again, or an older one arrives late', async () => {
    const { consents, deliver } = await setup();
    const person = randomUUID();
    const gift = given('tijuana', person, { purpose: 'transfer' }, '2026-11-24T10:00:00.000Z');
    await deliver(gift, withdrawn('tijuana', person, { purpose: 'transfer' }, '2026-11-25T10:00:00.000Z'));
    await deliver(gift, given('tijuana', person, { purpose: 'transfer' }, '2026-11-24T12:00:00.000Z'));
    expect(await consents.hasConsent('tijuana', person, 'transfer')).toBe(false);
  });
});
