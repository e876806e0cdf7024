import { webTestApp } from '../testing/web-test-app';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self' https://id.example.org",
].join(';');

describe('the built app', () => {
  it('is served with a strict Content-Security-Policy: no inline script or style, no framing, forms only here and to the provider', async () => {
    const web = webTestApp();
    const res = await web.http.get('/');
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toBe(CSP);
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('same-origin');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('upgrades requests to https, and asks for https only, when the app is published over https', async () => {
    const web = webTestApp({ publicUrl: 'https://corredor.example.org' });
    const res = await web.http.get('/');
    expect(res.headers['content-security-policy']).toBe(`${CSP};upgrade-insecure-requests`);
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });

  it('answers any screen of the app with index.html, revalidated every time', async () => {
    const web = webTestApp();
    for (const path of ['/', '/cases/123', '/admin/staff?page=2', '/intake']) {
      const res = await web.http.get(path);
      expect([path, res.status, res.headers['cache-control']]).toEqual([path, 200, 'no-cache']);
      expect(res.text).toContain('<div id="root"></div>');
    }
  });

  it('caches hashed assets for a year as immutable, and answers a missing one 404 (not the page)', async () => {
    const web = webTestApp();
    const asset = await web.http.get('/assets/index-AbC123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-type']).toMatch(/javascript/);
    const missing = await web.http.get('/assets/index-Old999.js');
    expect([missing.status, missing.body.code]).toEqual([404, 'WEB.NOT_FOUND']);
  });

  it('sends the app compressed to a browser that accepts it, and as it is to one that does not', async () => {
    const web = webTestApp();
    const gzip = await web.http.get('/assets/index-AbC123.js').set('Accept-Encoding', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.text).toContain('console.log("app")');
    const plain = await web.http.get('/assets/index-AbC123.js').set('Accept-Encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toContain('console.log("app")');
  });

  it("keeps the app's own paths and hidden files out of the page fallback", async () => {
    const web = webTestApp();
    expect((await web.http.get('/api/nothing')).status).toBe(401);
    expect((await web.http.get('/auth/unknown')).body.code).toBe('WEB.NOT_FOUND');
    expect((await web.http.get('/.vite/manifest.json')).text).not.toBe('{}');
    expect((await web.http.post('/cases')).status).toBe(404);
    expect((await web.http.get('/healthz')).body).toEqual({ status: 'ok' });
    expect((await web.http.get('/readyz')).body).toMatchObject({ status: 'ready', checks: { sessions: 'up', preferences: 'up', 'identity-provider': 'up' } });
  });
});
