import { z } from 'zod';
import { usageError } from '../centre-cli.error';

/** Every service keeps its own view of the centres; a change is in effect once all six see it. */
export const SERVICE_NAMES = ['intake', 'case', 'referral', 'notification', 'reporting', 'centre'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];
export type ServiceUrls = Record<ServiceName, string>;

/** The one-process platform (`npm start`). */
export const DEFAULT_SERVICE_URLS: ServiceUrls = {
  intake: 'http://127.0.0.1:3001',
  case: 'http://127.0.0.1:3002',
  referral: 'http://127.0.0.1:3003',
  notification: 'http://127.0.0.1:3004',
  reporting: 'http://127.0.0.1:3005',
  centre: 'http://127.0.0.1:3006',
};

const httpUrl = z.url({ protocol: /^https?$/ }).transform((url) => url.replace(/\/+$/, ''));

/** The defaults, then the given URLs, then `centreUrl` for the centre service. */
export function resolveServiceUrls(overrides: { serviceUrls?: Partial<ServiceUrls>; centreUrl?: string } = {}): ServiceUrls {
  const urls: ServiceUrls = { ...DEFAULT_SERVICE_URLS };
  const given: Partial<ServiceUrls> = { ...overrides.serviceUrls, ...(overrides.centreUrl ? { centre: overrides.centreUrl } : {}) };
  for (const name of SERVICE_NAMES) {
    const url = given[name];
    if (url === undefined) continue;
    const parsed = httpUrl.safeParse(url);
    if (!parsed.success) throw usageError(`the ${name} service URL "${url}" is not an http(s) URL`);
    urls[name] = parsed.data;
  }
  return urls;
}

/** `intake=http://10.0.0.5:3001,case=http://10.0.0.6:3002` (CORREDOR_SERVICE_URLS). */
export function parseServiceUrlList(list: string): Partial<ServiceUrls> {
  const urls: Partial<ServiceUrls> = {};
  for (const entry of list.split(',').map((part) => part.trim()).filter(Boolean)) {
    const separator = entry.indexOf('=');
    const name = entry.slice(0, separator).trim();
    const service = z.enum(SERVICE_NAMES).safeParse(name);
    if (separator < 1 || !service.success) {
      throw usageError(`CORREDOR_SERVICE_URLS: "${entry}" should be name=url with a name among ${SERVICE_NAMES.join(', ')}`);
    }
    urls[service.data] = entry.slice(separator + 1).trim();
  }
  return urls;
}
