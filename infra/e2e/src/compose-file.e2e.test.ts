import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { TOPICS } from '@corredor/contracts';
import { KNOWN_DEVELOPMENT_SECRETS } from '@corredor/service-kit/config';
import { parse } from 'yaml';
import { readDockerfile } from './dockerfile';
import { root, SERVICE_NAMES } from './service-processes';

interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string; args?: Record<string, string> };
  command?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test?: string[]; disable?: boolean };
  environment?: Record<string, string | number>;
  restart?: string;
  ports?: string[];
}

/** What an operator sets before `docker compose up` (the file ships none of them). */
const OPERATOR_SECRETS = { AUTH_JWT_SECRET: 'operator-jwt-secret', DATA_MASTER_KEY: 'operator-master-key', OIDC_COOKIE_KEYS: 'operator-cookie-key' };
const composeConfig = (env: Record<string, string>) =>
  execFileSync('docker-compose', ['config'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env['PATH'] ?? '', ...env } });

/**
 * docker compose cannot run here (no engine), but Debian's docker-compose validates and resolves the
 * file without one: what it prints is what `docker compose up` would be given.
 */
const resolved = parse(composeConfig(OPERATOR_SECRETS)) as {
  services: Record<string, ComposeService>;
};
const dockerfile = readDockerfile(readFileSync(path.join(root, 'infra/docker/Dockerfile'), 'utf8'));
const ours = Object.entries(resolved.services).filter(([, s]) => s.build?.dockerfile === 'infra/docker/Dockerfile');
const workspaceOf = (name: string) => resolved.services[name]?.build?.args?.['WORKSPACE'] ?? '';

describe('docker-compose.yml, as docker-compose resolves it', () => {
  it('runs each of the six services from its own workspace with the one Dockerfile', () => {
    const services = ours.filter(([, s]) => s.build?.args?.['WORKSPACE']?.startsWith('services/'));
    expect(services.map(([name]) => name).sort()).toEqual([...SERVICE_NAMES].sort());
    for (const [name] of services) expect(workspaceOf(name)).toBe(`services/${name}`);
  });

  it.each(SERVICE_NAMES)('%s waits for Kafka, its topics and MongoDB, and has a health check on /readyz', (name) => {
    const service = resolved.services[name];
    expect(service?.depends_on).toMatchObject({
      kafka: { condition: 'service_healthy' },
      'kafka-topics': { condition: 'service_completed_successfully' },
      mongo: { condition: 'service_healthy' },
    });
    expect(service?.healthcheck?.test).toEqual(['CMD', ...(dockerfile.stage('runtime').healthcheck ?? [])]);
    expect(service?.environment?.['MONGO_URL']).toMatch(/replicaSet=rs0/);
    // What the image runs and checks exists in the built workspace.
    for (const file of [dockerfile.stage('runtime').cmd?.at(-1), dockerfile.stage('runtime').healthcheck?.at(-1)]) {
      expect(existsSync(path.join(root, `services/${name}`, file ?? 'missing'))).toBe(true);
    }
  });

  it('creates the topics from the contracts package, the one place that lists them', () => {
    const topics = resolved.services['kafka-topics'];
    expect(workspaceOf('kafka-topics')).toBe('packages/messaging');
    expect(topics?.depends_on).toMatchObject({ kafka: { condition: 'service_healthy' } });
    expect(topics?.restart).toBe('no');
    const script = topics?.command?.at(-1) ?? 'missing';
    expect(existsSync(path.join(root, 'packages/messaging', script))).toBe(true);
    const text = readFileSync(path.join(root, 'docker-compose.yml'), 'utf8');
    for (const topic of Object.values(TOPICS)) expect(text).not.toContain(topic);
  });

  it('gives Kafka and MongoDB health checks, so that waiting for them means something', () => {
    expect(resolved.services['kafka']?.healthcheck?.test).toBeDefined();
    // A replica set that is not initiated yet, or has no primary, cannot run transactions.
    expect(resolved.services['mongo']?.healthcheck?.test?.join(' ')).toContain('isWritablePrimary');
  });

  it.each(Object.entries(OPERATOR_SECRETS))('ships no secret: without %s it refuses to start, saying what to set', (name, value) => {
    expect(() => composeConfig({ ...OPERATOR_SECRETS, [name]: '' })).toThrow(new RegExp(`set ${name}`));
    const text = readFileSync(path.join(root, 'docker-compose.yml'), 'utf8');
    for (const secret of KNOWN_DEVELOPMENT_SECRETS) expect(text).not.toContain(secret);
    const holders = name === 'OIDC_COOKIE_KEYS' ? ['centre'] : SERVICE_NAMES;
    for (const service of holders) expect(resolved.services[service]?.environment?.[name]).toBe(value);
  });

  it("publishes only the services' APIs, on 127.0.0.1 unless BIND_ADDRESS says otherwise", () => {
    const published = Object.fromEntries(Object.entries(resolved.services).filter(([, s]) => (s.ports ?? []).length > 0).map(([name, s]) => [name, s.ports]));
    expect(Object.keys(published).sort()).toEqual([...SERVICE_NAMES, 'jaeger'].sort());
    for (const name of SERVICE_NAMES) expect(published[name]).toEqual([expect.stringMatching(/^127\.0\.0\.1:300\d:300\d(\/tcp)?$/)]);
    // Jaeger's UI shows request paths and timings: this machine only, whatever BIND_ADDRESS says.
    const everywhere = parse(composeConfig({ ...OPERATOR_SECRETS, BIND_ADDRESS: '0.0.0.0' })) as { services: Record<string, ComposeService> };
    expect(everywhere.services['jaeger']?.ports).toEqual([expect.stringMatching(/^127\.0\.0\.1:16686:16686/)]);
    expect(everywhere.services['intake']?.ports).toEqual([expect.stringMatching(/^0\.0\.0\.0:3001:3001/)]);
    for (const infrastructure of ['kafka', 'mongo', 'otel-collector']) expect(everywhere.services[infrastructure]?.ports).toBeUndefined();
  });
});
