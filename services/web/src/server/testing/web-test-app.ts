import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { API_SERVICES, type ApiService } from '@corredor/contracts';
import { createLogger } from '@corredor/service-kit';
import request from 'supertest';
import { MemoryPreferencesStore } from '../preferences/preferences-store.memory';
import { MemorySessionStore } from '../sessions/session-store.memory';
import { buildWebApp } from '../web-app';
import { COORDINATOR, FakeOidcClient, type FakeAccount } from './fake-oidc-client';

export const SERVICE_URLS = Object.fromEntries(API_SERVICES.map((service) => [service, `http://${service}.internal:8080`])) as Record<ApiService, string>;
export const TEST_SECRET = 'a session secret of the web tests, 0123456789';
export const TIJUANA = { id: 'tijuana', name: 'Centro Tijuana', city: 'Tijuana', country: 'MX', timeZone: 'America/Tijuana', languages: ['es', 'en'], services: ['guidance'] };

/** What the app sent to a service. */
export interface ServiceCall {
  url: string;
  method: string;
  headers: Headers;
  body: string | null;
}

export type Upstream = (call: ServiceCall) => Response | Promise<Response>;

/** The services, as the tests want them: the centre's profile, and an echo of anything else. */
export const defaultUpstream: Upstream = (call) => {
  if (call.url === `${SERVICE_URLS.centre}/v1/centre`) return Response.json(TIJUANA);
  return Response.json({ echoed: call.url }, { status: 200 });
};

let builtApp: string | null = null;

/** A built app's files, as Vite writes them: index.html and a hashed asset. */
export function builtAppFixture(): string {
  if (builtApp) return builtApp;
  const dir = mkdtempSync(path.join(tmpdir(), 'corredor-web-public-'));
  mkdirSync(path.join(dir, 'assets'));
  mkdirSync(path.join(dir, '.vite'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html lang="es"><head><script type="module" src="/assets/index-AbC123.js"></script></head><body><div id="root"></div></body></html>');
  writeFileSync(path.join(dir, 'assets', 'index-AbC123.js'), `console.log("app");\n${'export const padding = "a compressible chunk";\n'.repeat(100)}`);
  writeFileSync(path.join(dir, '.vite', 'manifest.json'), '{}');
  builtApp = dir;
  return dir;
}

export interface WebTestOptions {
  publicUrl?: string;
  trustProxy?: number;
  upstream?: Upstream;
}

/** The web app on a fake provider, memory stores, a clock the test moves and services it answers for. */
export function webTestApp(options: WebTestOptions = {}) {
  let now = Date.parse('2026-11-23T15:00:00.000Z');
  const clock = () => new Date(now);
  const provider = new FakeOidcClient();
  const calls: ServiceCall[] = [];
  let upstream = options.upstream ?? defaultUpstream;
  const fakeFetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const body = init?.body;
    const call = {
      url: String(input),
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      body: body === undefined || body === null ? null : Buffer.isBuffer(body) ? body.toString('utf8') : String(body),
    };
    calls.push(call);
    return upstream(call);
  }) as typeof fetch;
  const sessions = new MemorySessionStore(clock);
  const preferences = new MemoryPreferencesStore();
  const publicUrl = options.publicUrl ?? 'http://corredor.test';
  const build = () =>
    buildWebApp({
      publicUrl,
      oidc: provider,
      sessions,
      preferences,
      serviceUrls: SERVICE_URLS,
      sessionSecrets: [TEST_SECRET],
      logger: createLogger('corredor-web', 'silent'),
      clock,
      fetch: fakeFetch,
      publicDir: builtAppFixture(),
      trustProxy: options.trustProxy ?? 0,
    }).app;
  const app = build();

  /** Signs a person in through the app as a browser does (the provider approves at once); the agent keeps the cookie. */
  const signIn = async (account: FakeAccount = COORDINATOR, agent = request.agent(app)) => {
    const start = await agent.get('/auth/sign-in?returnTo=%2Fcases');
    if (start.status !== 303) throw new Error(`sign-in did not start: ${start.status}`);
    const back = new URL(provider.approve(String(start.headers['location']), account));
    const done = await agent.get(`${back.pathname}${back.search}`);
    if (done.status !== 303) throw new Error(`sign-in did not finish: ${done.status} ${done.text}`);
    const session = await agent.get('/auth/session');
    // The session cookie as a browser would send it (name=value), for requests outside the agent.
    const cookie = ((done.headers['set-cookie'] as unknown as string[] | undefined) ?? []).map((line) => line.split(';')[0] ?? '').find((pair) => /^(__Host-corredor|corredor_web)=/.test(pair)) ?? '';
    return { agent, cookie, session: session.body as { csrfToken: string; language: string; allowed: string[]; user: { roles: string[] } } };
  };

  return {
    app,
    provider,
    calls,
    sessions,
    preferences,
    publicUrl,
    http: request(app),
    agent: () => request.agent(app),
    /** Another instance of the app on the same stores, provider and services (a second replica). */
    replica: () => build(),
    signIn,
    advance: (ms: number) => {
      now += ms;
    },
    answerWith: (next: Upstream) => {
      upstream = next;
    },
    /** The calls that reached a service other than the centre's profile. */
    apiCalls: () => calls.filter((call) => call.url !== `${SERVICE_URLS.centre}/v1/centre`),
  };
}

export { COORDINATOR };
