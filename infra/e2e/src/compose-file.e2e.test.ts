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
const OPERATOR_SECRETS = {
  AUTH_JWT_SECRET: 'operator-jwt-secret',
  DATA_MASTER_KEY: 'operator-master-key',
  OIDC_COOKIE_KEYS: 'operator-cookie-key',
  WEB_SESSION_SECRETS: 'operator-session-secret',
};
/** Which containers hold each secret, and under which variable. */
const SECRET_HOLDERS: Record<keyof typeof OPERATOR_SECRETS, { services: readonly string[]; variable: string }> = {
  AUTH_JWT_SECRET: { services: SERVICE_NAMES, variable: 'AUTH_JWT_SECRET' },
  DATA_MASTER_KEY: { services: SERVICE_NAMES, variable: 'DATA_MASTER_KEY' },
  OIDC_COOKIE_KEYS: { services: ['centre'], variable: 'OIDC_COOKIE_KEYS' },
  WEB_SESSION_SECRETS: { services: ['web'], variable: 'SESSION_SECRETS' },
};
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
  it('runs each of the six services and the web app from its own workspace with the one Dockerfile', () => {
    const services = ours.filter(([, s]) => s.build?.args?.['WORKSPACE']?.startsWith('services/'));
    expect(services.map(([name]) => name).sort()).toEqual([...SERVICE_NAMES, 'web'].sort());
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
    const { services, variable } = SECRET_HOLDERS[name as keyof typeof OPERATOR_SECRETS];
    for (const service of services) expect(resolved.services[service]?.environment?.[variable]).toBe(value);
  });

  it("publishes only the web app and the services' APIs, on 127.0.0.1 unless BIND_ADDRESS says otherwise", () => {
    const published = Object.fromEntries(Object.entries(resolved.services).filter(([, s]) => (s.ports ?? []).length > 0).map(([name, s]) => [name, s.ports]));
    expect(Object.keys(published).sort()).toEqual([...SERVICE_NAMES, 'web', 'jaeger'].sort());
    for (const name of [...SERVICE_NAMES, 'web']) expect(published[name]).toEqual([expect.stringMatching(/^127\.0\.0\.1:300\d:300\d(\/tcp)?$/)]);
    expect(published['web']).toEqual([expect.stringMatching(/^127\.0\.0\.1:3000:3000(\/tcp)?$/)]);
    // Jaeger's UI shows request paths and timings: this machine only, whatever BIND_ADDRESS says.
    const everywhere = parse(composeConfig({ ...OPERATOR_SECRETS, BIND_ADDRESS: '0.0.0.0' })) as { services: Record<string, ComposeService> };
    expect(everywhere.services['jaeger']?.ports).toEqual([expect.stringMatching(/^127\.0\.0\.1:16686:16686/)]);
    expect(everywhere.services['intake']?.ports).toEqual([expect.stringMatching(/^0\.0\.0\.0:3001:3001/)]);
    for (const infrastructure of ['kafka', 'mongo', 'otel-collector']) expect(everywhere.services[infrastructure]?.ports).toBeUndefined();
  });

  it('runs the web app on MongoDB with a health check, as the provider’s registered client, in front of the six services', () => {
    const web = resolved.services['web'];
    const centre = resolved.services['centre'];
    expect(web?.depends_on).toMatchObject({ mongo: { condition: 'service_healthy' }, centre: { condition: 'service_healthy' } });
    expect(web?.healthcheck?.test).toEqual(['CMD', ...(dockerfile.stage('runtime').healthcheck ?? [])]);
    for (const file of [dockerfile.stage('runtime').cmd?.at(-1), dockerfile.stage('runtime').healthcheck?.at(-1), 'dist/public/index.html']) {
      expect(existsSync(path.join(root, 'services/web', file ?? 'missing'))).toBe(true);
    }
    const env = web?.environment ?? {};
    expect(env['MONGO_URL']).toMatch(/replicaSet=rs0/);
    // Signs in where the centre service is the issuer, and is the client that service registers.
    expect(env['OIDC_ISSUER']).toBe(`${String(centre?.environment?.['PUBLIC_URL'])}/oidc`);
    expect(centre?.environment?.['OIDC_WEB_CLIENT_ORIGIN']).toBe(env['PUBLIC_URL']);
    expect(env['PORT']).toBe(Number(String(web?.ports?.[0]).split(':')[2]?.replace('/tcp', '')));
    // Each service at its own compose address and port.
    const urls = Object.fromEntries(String(env['SERVICE_URLS']).split(',').map((pair) => pair.split('=')));
    expect(Object.keys(urls).sort()).toEqual([...SERVICE_NAMES].sort());
    for (const name of SERVICE_NAMES) expect(urls[name]).toBe(`http://${name}:${String(resolved.services[name]?.environment?.['PORT'])}`);
  });

  it('has the five APIs behind the web app trust its one hop, and the centre service (reached by browsers directly) only what the operator sets', () => {
    for (const name of SERVICE_NAMES.filter((service) => service !== 'centre')) expect(Number(resolved.services[name]?.environment?.['TRUST_PROXY'])).toBe(1);
    expect(Number(resolved.services['centre']?.environment?.['TRUST_PROXY'])).toBe(0);
    const behindProxy = parse(composeConfig({ ...OPERATOR_SECRETS, TRUST_PROXY: '1' })) as { services: Record<string, ComposeService> };
    expect(Number(behindProxy.services['centre']?.environment?.['TRUST_PROXY'])).toBe(1);
    expect(Number(behindProxy.services['web']?.environment?.['TRUST_PROXY'])).toBe(1);
  });
});
