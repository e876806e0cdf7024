import { z } from 'zod';
import {
  ageBandOf,
  caseOpenedV1,
  centreProvisionedV1,
  createEvent,
  defineEvent,
  eventRegistry,
  EVENT_DEFINITIONS,
  EventRegistry,
  intakeSubmittedV1,
  TOPICS,
  type DataOf,
  languagesSchema,
  nationalitySchema,
} from './index';

const meta = { tenant: 'tijuana', source: '/corredor/case', correlationId: 'req-1', causationId: 'req-1' };
const opened: DataOf<typeof caseOpenedV1> = {
  caseId: '0b9d3c1e-8a8f-4d43-9d57-3f6f1c2b9a10',
  intakeId: '5d3c0e2a-1f4b-4c6e-8f0a-2b7c9d1e3f40',
  openedAt: '2026-11-23T10:00:00.000Z',
  profile: { sex: 'female', ageBand: '18-29', nationality: 'HT', languages: ['ht', 'fr'] },
};

describe('event envelope', () => {
  it('follows CloudEvents 1.0 with tenant, correlation, causation and version extensions', () => {
    const event = createEvent(caseOpenedV1, opened, { ...meta, time: new Date('2026-11-23T10:00:01Z') });
    expect(event).toMatchObject({
      specversion: '1.0',
      type: 'case.opened',
      source: '/corredor/case',
      time: '2026-11-23T10:00:01.000Z',
      datacontenttype: 'application/json',
      tenantid: 'tijuana',
      correlationid: 'req-1',
      causationid: 'req-1',
      eventversion: 1,
      data: opened,
    });
    expect(event.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(eventRegistry.parse(JSON.parse(JSON.stringify(event)))).toMatchObject({ ok: true, event: { id: event.id } });
  });

  it('refuses to build an event whose data breaks its contract', () => {
    expect(() => createEvent(caseOpenedV1, { ...opened, profile: { ...opened.profile, nationality: 'XX' } }, meta)).toThrow();
  });
});

describe('events bound for reporting', () => {
  const personalKeys = ['alias', 'name', 'yearOfBirth', 'phone', 'email', 'curp', 'rfc', 'nss', 'address', 'contact'];
  const keysOf = (schema: z.ZodType): string[] => {
    const json = JSON.stringify(z.toJSONSchema(schema));
    return [...json.matchAll(/"([A-Za-z]+)":\{/g)].map((m) => m[1] ?? '');
  };

  /** A centre's `name` is the office's ("CRTM Tapachula"), never a person's. */
  const organisationKeys = (type: string) => (type.startsWith('centre.') ? ['name'] : []);

  it.each(EVENT_DEFINITIONS.filter((d) => !d.carriesPersonalData).map((d) => [`${d.type} v${d.version}`, d] as const))(
    '%s declares no personal field',
    (_name, definition) => {
      const keys = keysOf(definition.schema);
      expect(keys.length).toBeGreaterThan(0);
      for (const key of personalKeys.filter((k) => !organisationKeys(definition.type).includes(k))) expect(keys).not.toContain(key);
    },
  );

  it('centre events leave the office contact details in the registry', () => {
    expect(keysOf(centreProvisionedV1.schema)).not.toContain('contact');
  });

  it('case.opened refuses an alias riding along', () => {
    expect(caseOpenedV1.schema.safeParse({ ...opened, alias: 'Marie' }).success).toBe(false);
    expect(caseOpenedV1.schema.safeParse({ ...opened, profile: { ...opened.profile, alias: 'Marie' } }).success).toBe(false);
  });

  it('intake.submitted, which carries the alias, is flagged as personal data', () => {
    expect(intakeSubmittedV1.carriesPersonalData).toBe(true);
    expect(keysOf(intakeSubmittedV1.schema)).toContain('alias');
  });
});

describe('event registry', () => {
  const v1 = defineEvent({
    type: 'test.greeted',
    version: 1,
    topic: TOPICS.caseEvents,
    carriesPersonalData: false,
    schema: z.object({ fullName: z.string() }).strict(),
  });
  const v2 = defineEvent({
    type: 'test.greeted',
    version: 2,
    topic: TOPICS.caseEvents,
    carriesPersonalData: false,
    schema: z.object({ givenName: z.string(), familyName: z.string() }).strict(),
  });
  const upcaster = {
    type: 'test.greeted',
    fromVersion: 1,
    up: (data: unknown) => {
      const { fullName } = v1.schema.parse(data);
      const [givenName = '', ...rest] = fullName.split(' ');
      return { givenName, familyName: rest.join(' ') };
    },
  };

  it('upcasts an old version to the latest before handlers see it', () => {
    const registry = new EventRegistry([v1, v2], [upcaster]);
    const old = createEvent(v1, { fullName: 'Ana María López' }, meta);
    const result = registry.parse(old);
    expect(result).toMatchObject({ ok: true, event: { eventversion: 2, data: { givenName: 'Ana', familyName: 'María López' } } });
  });

  it('will not start with a version gap that has no upcaster', () => {
    expect(() => new EventRegistry([v1, v2])).toThrow(/no upcaster/);
  });

  it('names the failing fields without echoing their values', () => {
    const event = { ...createEvent(caseOpenedV1, opened, meta), data: { ...opened, profile: { ...opened.profile, sex: 'Marie Dupont' } } };
    const result = eventRegistry.parse(event);
    expect(result).toMatchObject({ ok: false, code: 'MESSAGE.INVALID_DATA' });
    expect(!result.ok && result.reason).toMatch(/profile\.sex/);
    expect(!result.ok && result.reason).not.toMatch(/Marie/);
  });

  it('brings a v1 case opening up to v3: not returning, migratory situation not recorded, and still nothing else riding along', () => {
    const result = eventRegistry.parse(JSON.parse(JSON.stringify(createEvent(caseOpenedV1, opened, meta))));
    expect(result).toMatchObject({ ok: true, event: { eventversion: 3, data: { caseId: opened.caseId, countInStatistics: true, migratoryStatus: null, returning: false } } });
    const latest = eventRegistry.latestOf('case.opened');
    expect(latest?.version).toBe(3);
    const data = result.ok ? (result.event.data as object) : {};
    expect(latest?.schema.safeParse({ ...data, alias: 'Marie' }).success).toBe(false);
    expect(latest?.schema.safeParse(data).success).toBe(true);
  });

  it('tells an unknown event from a broken envelope', () => {
    const event = createEvent(caseOpenedV1, opened, meta);
    expect(eventRegistry.parse({ ...event, type: 'case.teleported' })).toMatchObject({ ok: false, code: 'MESSAGE.UNKNOWN_EVENT' });
    expect(eventRegistry.parse({ ...event, eventversion: 9 })).toMatchObject({ ok: false, code: 'MESSAGE.UNKNOWN_EVENT' });
    expect(eventRegistry.parse({ ...event, tenantid: undefined })).toMatchObject({ ok: false, code: 'MESSAGE.INVALID_ENVELOPE' });
  });
});

describe('age bands', () => {
  it.each([
    [2020, '0-11'],
    [2010, '12-17'],
    [2000, '18-29'],
    [1990, '30-44'],
    [1970, '45-59'],
    [1950, '60+'],
    [null, 'unknown'],
  ] as const)('born %p -> %s in 2026', (year, band) => {
    expect(ageBandOf(year, new Date('2026-06-01T00:00:00Z'))).toBe(band);
  });
});

describe('profile fields', () => {
  it.each(['HT', 'HN', 'GT', 'SV', 'MX', 'VE', 'XK'])('accepts the country code %s', (code) => {
    expect(nationalitySchema.safeParse(code).success).toBe(true);
  });
  it.each(['XX', 'ZZ', 'EU', 'UN', 'ht', 'HTI', ''])('refuses %p as a nationality', (code) => {
    expect(nationalitySchema.safeParse(code).success).toBe(false);
  });
  it.each([['ht'], ['mam'], ['quc'], ['es', 'en']])('accepts the languages %p', (...tags) => {
    expect(languagesSchema.safeParse(tags).success).toBe(true);
  });
  it.each([[[]], [['es', 'ES']], [['not a tag']]])('refuses the languages %p', (tags) => {
    expect(languagesSchema.safeParse(tags).success).toBe(false);
  });
});
