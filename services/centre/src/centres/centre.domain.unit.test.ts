import { DomainError, type CentreSpec } from '@corredor/contracts';
import { applySpec, changeStatus, destroyDataKey, diffSpec, issueDataKey, snapshotOf, type ActiveDataKey, type Centre, type StatusCommand } from './centre.domain';

const now = new Date('2026-11-24T10:00:00Z');
const spec: CentreSpec = {
  name: 'CRTM Tapachula',
  city: 'Tapachula',
  country: 'MX',
  timeZone: 'America/Mexico_City',
  languages: ['es', 'mam'],
  services: ['guidance'],
  contact: { email: 'oficina@tapachula.example.org', phone: '+52 962 000 0000' },
  networks: ['red-corredor-mx'],
  security: { requireSecondFactor: false },
};
const dataKey: ActiveDataKey = { state: 'active', id: 'dk-0123456789abcdef', wrapped: 'lk1.wrapped-key-for-the-test', issuedAt: now };
const provisioned = (): Centre => {
  const decision = applySpec(null, 'tapachula', spec, now, dataKey);
  if (decision.kind !== 'changed') throw new Error('expected a change');
  return decision.centre;
};

describe('declaring a centre (apply)', () => {
  it('provisions a new centre as active, at configuration version 1, with its data key', () => {
    const decision = applySpec(null, 'tapachula', spec, now, dataKey);
    expect(decision).toMatchObject({ kind: 'changed', event: 'centre.provisioned', centre: { id: 'tapachula', status: 'active', version: 1, dataKey } });
    expect(() => applySpec(null, 'tapachula', spec, now)).toThrow('data key');
  });

  it('changes nothing when the declaration is the same, whatever the order of object keys', () => {
    const same = { ...spec, contact: { phone: '+52 962 000 0000', email: 'oficina@tapachula.example.org' } };
    expect(applySpec(provisioned(), 'tapachula', same, now)).toMatchObject({ kind: 'unchanged', centre: { version: 1 } });
  });

  it('updates what changed, names each field with before and after, and bumps the version', () => {
    const decision = applySpec(provisioned(), 'tapachula', { ...spec, languages: ['es', 'mam', 'ht'], city: 'Tapachula de Córdova' }, now);
    expect(decision).toMatchObject({ kind: 'changed', event: 'centre.updated', centre: { version: 2, status: 'active' } });
    expect(decision.kind === 'changed' && decision.changes).toEqual([
      { field: 'city', from: 'Tapachula', to: 'Tapachula de Córdova' },
      { field: 'languages', from: ['es', 'mam'], to: ['es', 'mam', 'ht'] },
    ]);
  });

  it('treats a new main language (the order of languages) as a change', () => {
    expect(diffSpec(spec, { ...spec, languages: ['mam', 'es'] }).map((c) => c.field)).toEqual(['languages']);
  });

  it('keeps a suspended centre suspended when its declaration changes', () => {
    const suspended = changeStatus(provisioned(), 'suspend', now).centre;
    expect(applySpec(suspended, 'tapachula', { ...spec, name: 'Nuevo' }, now)).toMatchObject({ centre: { status: 'suspended', version: 3 } });
  });

  it('refuses to change an archived centre', () => {
    const archived = changeStatus(provisioned(), 'archive', now).centre;
    expect(() => applySpec(archived, 'tapachula', { ...spec, name: 'Nuevo' }, now)).toThrow(expect.objectContaining({ code: 'CENTRE.ARCHIVED' }));
  });
});

describe('the centre lifecycle', () => {
  const inStatus = (status: Centre['status']): Centre => ({ ...provisioned(), status });
  it.each<[Centre['status'], StatusCommand, string]>([
    ['active', 'suspend', 'suspended'],
    ['active', 'archive', 'archived'],
    ['suspended', 'reactivate', 'active'],
    ['suspended', 'archive', 'archived'],
  ])('%s → %s → %s, with its event and a new version', (from, command, to) => {
    const decision = changeStatus(inStatus(from), command, now);
    expect(decision.centre).toMatchObject({ status: to, version: 2 });
    expect(decision.event).toBe(`centre.${{ suspend: 'suspended', reactivate: 'reactivated', archive: 'archived' }[command]}`);
  });

  it.each<[Centre['status'], StatusCommand, string]>([
    ['active', 'reactivate', 'CENTRE.NOT_SUSPENDED'],
    ['suspended', 'suspend', 'CENTRE.ALREADY_SUSPENDED'],
    ['archived', 'suspend', 'CENTRE.ARCHIVED'],
    ['archived', 'reactivate', 'CENTRE.ARCHIVED'],
    ['archived', 'archive', 'CENTRE.ALREADY_ARCHIVED'],
  ])('refuses %s → %s with %s', (from, command, code) => {
    expect(() => changeStatus(inStatus(from), command, now)).toThrow(DomainError);
    expect(() => changeStatus(inStatus(from), command, now)).toThrow(expect.objectContaining({ code, kind: 'conflict' }));
  });

  it('publishes the whole centre as it is now (the compacted topic keeps only the latest)', () => {
    const suspended = changeStatus(provisioned(), 'suspend', now).centre;
    const { contact: _contact, ...rest } = spec;
    expect(snapshotOf(suspended)).toEqual({
      ...rest,
      id: 'tapachula',
      status: 'suspended',
      configVersion: 2,
      dataKey: { state: 'active', id: dataKey.id, wrapped: dataKey.wrapped },
    });
  });
});

describe("a centre's data key", () => {
  const keyless = (status: Centre['status']): Centre => {
    const { dataKey: _none, ...centre } = provisioned();
    return { ...centre, status };
  };
  const archived = () => changeStatus(provisioned(), 'archive', now).centre;
  const destroy = (centre: Centre, confirmation = 'tapachula') => destroyDataKey(centre, { confirmation, by: 'operator-1' }, now);

  it.each<Centre['status']>(['active', 'suspended', 'archived'])('is issued to a centre that has none (%s), keeping its status, with its event', (status) => {
    const decision = issueDataKey(keyless(status), dataKey, now);
    expect(decision).toMatchObject({ event: 'centre.data-key-issued', centre: { status, version: 2, dataKey } });
    expect(snapshotOf(decision.centre).dataKey).toEqual({ state: 'active', id: dataKey.id, wrapped: dataKey.wrapped });
  });

  it('is never issued twice, nor again once destroyed', () => {
    expect(() => issueDataKey(provisioned(), dataKey, now)).toThrow(expect.objectContaining({ code: 'CENTRE.HAS_DATA_KEY' }));
    expect(() => issueDataKey(destroy(archived()).centre, dataKey, now)).toThrow(expect.objectContaining({ code: 'CENTRE.HAS_DATA_KEY' }));
  });

  it('is destroyed for an archived centre: the wrapped key is gone, when and by whom are kept, and the snapshot says when', () => {
    const decision = destroy(archived());
    expect(decision).toMatchObject({ event: 'centre.data-key-destroyed', centre: { status: 'archived', version: 3 } });
    expect(decision.centre.dataKey).toEqual({ state: 'destroyed', destroyedAt: now, destroyedBy: 'operator-1' });
    expect(snapshotOf(decision.centre).dataKey).toEqual({ state: 'destroyed', destroyedAt: now.toISOString() });
    expect(JSON.stringify(snapshotOf(decision.centre))).not.toContain(dataKey.wrapped);
  });

  it.each<Centre['status']>(['active', 'suspended'])('is not destroyed while the centre is %s', (status) => {
    const centre = status === 'active' ? provisioned() : changeStatus(provisioned(), 'suspend', now).centre;
    expect(() => destroy(centre)).toThrow(expect.objectContaining({ code: 'CENTRE.NOT_ARCHIVED', kind: 'conflict' }));
  });

  it("is destroyed only with the centre's id typed again, and only once", () => {
    expect(() => destroy(archived(), 'tapachul')).toThrow(expect.objectContaining({ code: 'CENTRE.CONFIRMATION_MISMATCH', kind: 'validation' }));
    expect(() => destroy(destroy(archived()).centre)).toThrow(expect.objectContaining({ code: 'CENTRE.DATA_KEY_ALREADY_DESTROYED' }));
  });

  it('is recorded as destroyed for an archived centre that never had one, so none is issued later', () => {
    expect(destroy(keyless('archived')).centre.dataKey).toMatchObject({ state: 'destroyed' });
  });
});
