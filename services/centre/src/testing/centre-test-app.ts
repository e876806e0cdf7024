import { networkTokenFor, testAppDeps, tokenFor } from '@corredor/service-kit/testing';
import type { Role } from '@corredor/contracts';
import request from 'supertest';
import { buildApp } from '../service';
import type { PasswordHasher } from '../staff/password-hasher';

/** Fast and still real enough for tests: a reversible "hash" would hide bugs, so this one is one-way. */
export const quickHasher: PasswordHasher = {
  hash: async (password) => `test$${Buffer.from(password).toString('base64')}`,
  verify: async (hash, password) => hash === `test$${Buffer.from(password).toString('base64')}`,
};

export const TAPACHULA_SPEC = {
  name: 'Centro de Recursos para Trabajadores Migrantes Tapachula',
  city: 'Tapachula',
  country: 'MX',
  timeZone: 'America/Mexico_City',
  languages: ['es', 'ht', 'mam'],
  services: ['guidance', 'accompaniment', 'referral'],
  contact: { email: 'oficina@tapachula.example.org' },
  networks: ['red-corredor-mx'],
};

/** The centre service on in-memory stores, a clock the test moves, and tokens for operators and staff. */
export function centreTestApp() {
  let now = new Date('2026-11-23T15:00:00.000Z');
  const deps = testAppDeps({ clock: () => now });
  const built = buildApp(deps, { publicUrl: 'https://centres.example.org', invitationTtlMs: 72 * 3600_000, accessTokenTtlSeconds: 300, hasher: quickHasher });
  const http = request(built.app);
  return {
    ...built,
    deps,
    http,
    advance: (ms: number) => {
      now = new Date(now.getTime() + ms);
    },
    operator: (network = 'red-corredor-mx') => networkTokenFor(network, ['operator'], `operator@${network}`),
    staff: (centre: string, roles: Role[] = ['coordinator'], userId?: string) => tokenFor(centre, roles, userId),
    as: (token: string) => ({
      get: (path: string) => http.get(path).set('Authorization', `Bearer ${token}`),
      put: (path: string, body: object) => http.put(path).set('Authorization', `Bearer ${token}`).send(body),
      post: (path: string, body: object = {}) => http.post(path).set('Authorization', `Bearer ${token}`).send(body),
    }),
  };
}

/** The token part of an invitation link. */
export const tokenOf = (url: string) => url.split('/invitations/')[1] ?? '';
