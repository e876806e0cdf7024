import { DomainError, type CentreSpec } from '@corredor/contracts';
import { applySpec, changeStatus, diffSpec, snapshotOf, type Centre, type StatusCommand } from './centre.domain';

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
const provisioned = (): Centre => {
  const decision = applySpec(null, 'tapachula', spec, now);
  if (decision.kind !== 'changed') throw new Error('expected a change');
  return decision.centre;
};

describe('declaring a centre (apply)', () => {
  it('provisions a new centre as active, at configuration version 1', () => {
    const decision = applySpec(null, 'tapachula', spec, now);
    expect(decision).toMatchObject({ kind: 'changed', event: 'centre.provisioned', centre: { id: 'tapachula', status: 'active', version: 1 } });
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
    expect(snapshotOf(suspended)).toEqual({ ...rest, id: 'tapachula', status: 'suspended', configVersion: 2 });
  });
});
