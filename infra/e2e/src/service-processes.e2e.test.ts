import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TOPIC_PARTITIONS } from '@corredor/contracts';
import { startMockKafka, type MockKafka } from '@corredor/kafka-mock';
import { TEST_AUTH } from '@corredor/service-kit/testing';
import { freePort, spawnService, type ServiceProcess } from './service-processes';

jest.setTimeout(120_000);

/** Hands out `first`, then free ports, and counts how often it was asked. */
function portsStartingWith(first: number) {
  const chooser = { asked: 0, next: async () => (chooser.asked++ === 0 ? first : freePort()) };
  return chooser;
}

/** What the service at `url` calls itself in its API description. */
async function serviceAt(url: string): Promise<string> {
  const document = (await fetch(`${url}/openapi.json`).then((r) => r.json())) as { info: { title: string } };
  return document.info.title;
}

describe('service processes on ports probed beforehand', () => {
  let kafka: MockKafka;
  let env: Record<string, string>;
  const processes: ServiceProcess[] = [];

  beforeAll(async () => {
    kafka = await startMockKafka({ brokers: 1, topics: TOPIC_PARTITIONS });
    env = { KAFKA_BROKERS: kafka.bootstrapServers, AUTH_JWT_SECRET: TEST_AUTH.secret };
  });

  afterEach(async () => {
    await Promise.all(processes.splice(0).map((p) => p.terminate()));
  });

  afterAll(() => kafka?.stop());

  it('two processes whose probes found the same port (two jest workers): each URL reaches its own process', async () => {
    const contended = await freePort();
    const forReferral = portsStartingWith(contended);
    const forCase = portsStartingWith(contended);
    processes.push(
      ...(await Promise.all([spawnService('referral', env, { choosePort: forReferral.next }), spawnService('case', env, { choosePort: forCase.next })])),
    );
    const [referral, caseService] = processes;

    expect([referral?.port, caseService?.port]).toContain(contended);
    expect(referral?.port).not.toBe(caseService?.port);
    // The one that lost the port was started again elsewhere.
    expect(forReferral.asked + forCase.asked).toBe(3);
    expect(await serviceAt(referral?.url ?? '')).toBe('Corredor referral service');
    expect(await serviceAt(caseService?.url ?? '')).toBe('Corredor case service');
  });

  it('a port another program took after the probe: nothing meant for the service reaches that program', async () => {
    // Another test's service, as in the failure this guards against: ready, and 404 for the rest.
    const seen: string[] = [];
    const other: Server = createServer((req, res) => {
      seen.push(req.url ?? '');
      if (req.url === '/readyz') return res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"status":"ready"}');
      res.writeHead(404, { 'Content-Type': 'application/problem+json' }).end('{"title":"There is nothing at this address"}');
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const taken = (other.address() as AddressInfo).port;
    try {
      const ports = portsStartingWith(taken);
      const referral = await spawnService('referral', env, { choosePort: ports.next });
      processes.push(referral);

      expect(ports.asked).toBe(2);
      expect(referral.port).not.toBe(taken);
      expect(await serviceAt(referral.url)).toBe('Corredor referral service');
      expect(seen).toEqual([]);
    } finally {
      await new Promise((resolve) => other.close(resolve));
    }
  });

  it('a process that fails for another reason is not started again, and the error says why', async () => {
    const ports = portsStartingWith(await freePort());
    const failure = await spawnService('referral', { KAFKA_BROKERS: kafka.bootstrapServers }, { choosePort: ports.next }).catch((error: unknown) => String(error));

    expect(failure).toMatch(/referral exited \(code \d+\) before it listened/);
    expect(failure).toContain('AUTH_JWT_SECRET');
    expect(ports.asked).toBe(1);
  });
});
