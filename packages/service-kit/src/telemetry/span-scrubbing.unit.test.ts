import express from 'express';
import { rememberMatchedRoutes } from '../http/matched-route';
import { scrubRequestUrl } from './span-scrubbing';

function recorded(request: { url: string }) {
  const attributes: Record<string, unknown> = {};
  scrubRequestUrl({ setAttribute: (key: string, value: unknown) => ((attributes[key] = value), undefined) } as never, request);
  return attributes;
}

describe('the URL a request span keeps', () => {
  it('is the route pattern once a route matched: no id, no query string', () => {
    const app = express();
    rememberMatchedRoutes(app);
    // A request as the app hands it to its routers: with the app's request prototype.
    const request = Object.assign(Object.create(app.request) as object, { url: '/v1/people/4a0e9f34-3c55-4a63-9d0b-1a2b3c4d5e6f?name=Marie%20Joseph', baseUrl: '/v1' }) as {
      url: string;
      baseUrl: string;
      route?: unknown;
    };
    request.route = { path: '/people/:id' };
    const attributes = recorded(request);
    expect(attributes).toEqual({ 'http.url': '/v1/people/:id', 'url.full': '/v1/people/:id', 'http.target': '/v1/people/:id', 'url.path': '/v1/people/:id', 'url.query': '' });
    expect(JSON.stringify(attributes)).not.toMatch(/Marie|4a0e9f34/);
  });

  it('keeps only the first two segments of a path no route matched, and never the query string', () => {
    const attributes = recorded({ url: '/v1/people/Marie-Joseph-1990/notes?q=CURP' });
    expect(attributes['http.target']).toBe('/v1/people/…');
    expect(JSON.stringify(attributes)).not.toMatch(/Marie|CURP/);
  });
});
