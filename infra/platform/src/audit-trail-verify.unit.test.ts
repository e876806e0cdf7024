import type { AddressInfo } from 'node:net';
import { referralService } from '@corredor/referral-service';
import { auditChainMac, buildServiceApp, MemoryAuditTrailStore } from '@corredor/service-kit';
import { TEST_AUTH, testAppDeps, tokenFor } from '@corredor/service-kit/testing';
import { runAuditTrailCli } from './audit-trail-verify';

const PERSON = '0b5e4a0e-3c1f-4d5b-9a63-2f1f6c8d9e10';

/** The referral service listening on a free port, its audit trail in a memory store the test can tamper with. */
async function referralWithTrail(reads: number) {
  const store = new MemoryAuditTrailStore();
  const deps = testAppDeps({ auditStore: store });
  const { app } = buildServiceApp(referralService, deps);
  for (let n = 1; n <= reads; n += 1) {
    await store.append(
      { centre: 'tijuana', actor: { userId: 'ana', roles: ['promoter'] }, action: 'person.read', record: { type: 'person', id: PERSON }, purpose: 'case-work', requestId: `request-${n}` },
      { id: `00000000-0000-4000-8000-00000000000${n}`, at: new Date(Date.UTC(2026, 10, 23, 15, n)) },
      auditChainMac(deps.keys),
    );
  }
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { store, url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function run(args: string[], env: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAuditTrailCli(args, { out: (line) => out.push(line), err: (line) => err.push(line), env, devAuth: TEST_AUTH });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run audit-trail -- verify', () => {
  it('says the chain is intact (exit 0), then names the first broken link once an entry is changed in the store (exit 1)', async () => {
    const service = await referralWithTrail(3);
    try {
      const args = ['verify', '--service', 'referral', '--centre', 'tijuana', '--url', service.url];
      expect(await run(args)).toEqual({ code: 0, out: 'referral service, centre tijuana: 3 entries, chain intact', err: '' });

      service.store.collection.updateWhere({ centre: 'tijuana', seq: 2 }, (entry) => ({ ...entry, purpose: 'erasure' }));
      const broken = await run(args);
      expect(broken.code).toBe(1);
      expect(broken.out).toContain('first broken link: seq 2, entry 00000000-0000-4000-8000-000000000002: hash-mismatch');
      // Another centre's trail is its own, and intact.
      expect((await run(['verify', '--service', 'referral', '--centre', 'tapachula', '--url', service.url])).out).toContain('0 entries, chain intact');
    } finally {
      await service.close();
    }
  });

  it('uses the token it is given, and cannot check with one that is not a coordinator\'s (exit 2)', async () => {
    const service = await referralWithTrail(1);
    try {
      const args = ['verify', '--service', 'referral', '--centre', 'tijuana', '--url', service.url];
      const promoter = await tokenFor('tijuana', ['promoter']);
      expect(await run([...args, '--token', promoter])).toEqual({ code: 2, out: '', err: 'the referral service answered 403 AUTH.FORBIDDEN' });
      expect((await run(args, { CORREDOR_TOKEN: promoter })).code).toBe(2);
      expect((await run(args, { CORREDOR_TOKEN: await tokenFor('tijuana', ['coordinator']) })).code).toBe(0);
    } finally {
      await service.close();
    }
  });

  it('refuses a command it does not know, an unknown service or a missing centre (exit 2)', async () => {
    for (const args of [['check', '--service', 'referral', '--centre', 'tijuana'], ['verify', '--service', 'billing', '--centre', 'tijuana'], ['verify', '--service', 'intake'], ['verify', '--bogus']]) {
      const result = await run(args);
      expect([result.code, result.err]).toEqual([2, expect.stringContaining('npm run audit-trail -- verify')]);
    }
  });

  it('says when the service cannot be reached (exit 2)', async () => {
    const service = await referralWithTrail(0);
    await service.close();
    const result = await run(['verify', '--service', 'referral', '--centre', 'tijuana', '--url', service.url]);
    expect([result.code, result.err]).toEqual([2, `the referral service at ${service.url} could not be reached`]);
  });
});
