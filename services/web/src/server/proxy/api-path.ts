import { API_SERVICES, type ApiService } from '@corredor/contracts';

export type ApiTarget = { service: ApiService; path: string; search: string } | { refused: 'unknown-service' | 'bad-path' };

/** Encoded slashes, backslashes and dots, and NUL: what could turn a path into another once a server decodes it. */
const DANGEROUS_ESCAPES = /%(2f|5c|2e|00)/i;

/**
 * The service and `/v1/...` path a browser's `/api/<service>/v1/...` goes to, read from the path as
 * sent (not decoded). Only the six services and only their /v1 API; a path with `.` or `..`
 * segments, empty segments, a backslash or an encoded slash, backslash or dot is refused, so no
 * request reaches anything but the API it names.
 */
export function apiTarget(originalUrl: string): ApiTarget {
  const at = originalUrl.indexOf('?');
  const rawPath = at === -1 ? originalUrl : originalUrl.slice(0, at);
  const search = at === -1 ? '' : originalUrl.slice(at);
  const match = /^\/api\/([^/]+)(\/.*)?$/.exec(rawPath);
  const service = match?.[1] ?? '';
  if (!(API_SERVICES as readonly string[]).includes(service)) return { refused: 'unknown-service' };
  const path = match?.[2] ?? '';
  if (!path.startsWith('/v1/')) return { refused: 'bad-path' };
  const segments = path.slice(1).split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..') || path.includes('\\') || DANGEROUS_ESCAPES.test(path)) {
    return { refused: 'bad-path' };
  }
  return { service: service as ApiService, path, search };
}
