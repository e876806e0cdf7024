import { createEvent } from '../event-definition';
import { eventRegistry } from '../catalog';
import { TOPICS } from '../topics';
import { reportAggregatePublishedV1, reportSharingStatusChangedV1 } from './report-events.v1';

const meta = { tenant: 'tijuana', source: '/corredor/reporting', correlationId: 'scan-1', causationId: 'scan-1', subject: 'red-corredor-mx/tijuana' };

const terms = {
  agreementId: '6f1c2b9a-0b9d-4d43-9d57-3f6f1c2b9a10',
  indicators: [{ indicator: 'people-served', breakdowns: [['sex'], ['sex', 'ageBand']] }],
  measures: ['labour-claim-amounts' as const],
  from: '2026-10-01',
  periodKind: 'month' as const,
  firstPeriod: '2026-10',
  rule: { k: 5, roundTo: null },
  agreedAt: '2026-10-01T10:00:00.000Z',
};

const status = { centre: 'tijuana', network: 'red-corredor-mx', centreName: 'CRTM Tijuana', changedAt: '2026-10-01T10:00:00.000Z' };

const aggregate = {
  centre: 'tijuana',
  network: 'red-corredor-mx',
  agreementId: terms.agreementId,
  period: { kind: 'month' as const, label: '2026-10', from: '2026-10-01', to: '2026-10-31' },
  rule: { k: 5, roundTo: 5 },
  indicators: [
    {
      indicator: 'people-served',
      total: 20,
      tables: [{ dimensions: ['sex', 'nationality'], cells: [{ key: ['female', 'HT'], value: null }, { key: ['male', 'MX'], value: 15 }] }],
    },
  ],
  measures: { labourClaimAmounts: [{ currency: 'MXN', amounts: { claimed: '1500.00', agreed: '0.00', awarded: '0.00', received: '0.00' } }], daysToFirstService: null },
  publishedAt: '2026-11-05T10:00:00.000Z',
};

describe('what centres share with their networks', () => {
  it('travels on the network topic, declared free of personal data, and round-trips through the registry', () => {
    for (const [definition, data] of [
      [reportSharingStatusChangedV1, { ...status, status: 'sharing', agreement: terms }],
      [reportAggregatePublishedV1, aggregate],
    ] as const) {
      expect(definition).toMatchObject({ topic: TOPICS.networkEvents, carriesPersonalData: false, version: 1 });
      const event = createEvent(definition, data as never, meta);
      expect(eventRegistry.parse(JSON.parse(JSON.stringify(event)))).toMatchObject({ ok: true, event: { data } });
    }
  });

  it('says sharing only with the terms of an agreement, and not sharing or gone without any', () => {
    const parse = (data: object) => reportSharingStatusChangedV1.schema.safeParse(data).success;
    expect(parse({ ...status, status: 'sharing', agreement: terms })).toBe(true);
    expect(parse({ ...status, status: 'sharing', agreement: null })).toBe(false);
    expect(parse({ ...status, status: 'not-sharing', agreement: null })).toBe(true);
    expect(parse({ ...status, status: 'not-sharing', agreement: terms })).toBe(false);
    expect(parse({ ...status, status: 'left', agreement: null })).toBe(true);
    expect(parse({ ...status, status: 'sharing', agreement: { ...terms, rule: { k: 2, roundTo: null } } })).toBe(false);
    expect(parse({ ...status, status: 'sharing', agreement: { ...terms, periodKind: 'week' } })).toBe(false);
    expect(parse({ ...status, status: 'sharing', agreement: { ...terms, indicators: [{ indicator: 'people-served', breakdowns: [['sex', 'ageBand', 'nationality']] }] } })).toBe(false);
  });

  it('publishes categories and counts only: no field, category or value a person could hide in', () => {
    const parse = (data: object) => reportAggregatePublishedV1.schema.safeParse(data).success;
    const withCells = (cells: object[], dimensions = ['sex', 'nationality']) => ({ ...aggregate, indicators: [{ indicator: 'people-served', total: null, tables: [{ dimensions, cells }] }] });
    expect(parse(aggregate)).toBe(true);
    expect(parse({ ...aggregate, personId: '0b9d3c1e-8a8f-4d43-9d57-3f6f1c2b9a10' })).toBe(false);
    expect(parse(withCells([{ key: ['female', 'HT'], value: 1, caseId: 'x' }]))).toBe(false);
    expect(parse(withCells([{ key: ['Marie Joseph', 'HT'], value: null }]))).toBe(false);
    expect(parse(withCells([{ key: ['female'], value: 5 }]))).toBe(false);
    expect(parse(withCells([{ key: ['female', 'HT'], value: -1 }]))).toBe(false);
    expect(parse(withCells([{ key: ['female', 'HT'], value: 2.5 }]))).toBe(false);
    expect(parse({ ...aggregate, period: { ...aggregate.period, label: '2026-10-01..2026-10-15' } })).toBe(false);
    expect(parse({ ...aggregate, rule: { k: 2, roundTo: null } })).toBe(false);
  });
});
