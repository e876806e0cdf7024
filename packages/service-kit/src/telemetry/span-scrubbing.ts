import type { Span } from '@opentelemetry/api';
import { loggablePath } from '../http/access-log';
import { matchedRouteOf } from '../http/matched-route';

/** The HTTP instrumentation's attributes that hold the URL as the client sent it (old and stable semantic conventions). */
const URL_ATTRIBUTES = ['http.url', 'url.full', 'http.target', 'url.path', 'url.query'] as const;

/**
 * A request's span keeps the pattern of the route it matched (`/v1/people/:id`), never the values
 * sent in the path or the query string: a search for a name would otherwise put the name in a
 * span, and spans leave the service for the collector and whoever runs it.
 */
export function scrubRequestUrl(span: Pick<Span, 'setAttribute'>, request: { url?: string | undefined }): void {
  const path = loggablePath(request.url ?? '/', matchedRouteOf(request));
  for (const attribute of URL_ATTRIBUTES) span.setAttribute(attribute, attribute === 'url.query' ? '' : path);
}
