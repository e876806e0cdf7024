/**
 * A scripted browser for tests that sign in over HTTP (the identity provider's own tests and the
 * end-to-end test): plain fetch, a cookie jar, redirects followed by hand, forms posted.
 */
export interface Page {
  url: string;
  status: number;
  body: string;
  headers: Headers;
}

/** A browser without JavaScript: follows redirects by hand, keeps cookies by name and path, posts forms. */
export class TestBrowser {
  private readonly cookies = new Map<string, { name: string; value: string; path: string }>();

  constructor(private readonly headers: Record<string, string> = { 'accept-language': 'es-MX,es;q=0.9' }) {}

  async request(url: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
    const target = new URL(url);
    const cookie = [...this.cookies.values()]
      .filter((entry) => target.pathname === entry.path || target.pathname.startsWith(entry.path.endsWith('/') ? entry.path : `${entry.path}/`))
      .map((entry) => `${entry.name}=${entry.value}`)
      .join('; ');
    const response = await fetch(url, {
      method: init.method ?? (init.form ? 'POST' : 'GET'),
      redirect: 'manual',
      headers: { accept: 'text/html', ...this.headers, ...(cookie ? { cookie } : {}), ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      ...(init.form ? { body: new URLSearchParams(init.form).toString() } : {}),
    });
    for (const header of response.headers.getSetCookie()) this.store(header, target);
    return response;
  }

  /** GETs `url` and follows redirects, stopping at a page, or at a redirect to a URL that starts with `stopAt`. */
  async navigate(url: string, stopAt?: string): Promise<Page> {
    let next = url;
    for (let hops = 0; hops < 20; hops += 1) {
      const response = await this.request(next);
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) return { url: next, status: response.status, body: await response.text(), headers: response.headers };
      const resolved = new URL(location, next).toString();
      if (stopAt && resolved.startsWith(stopAt)) return { url: resolved, status: response.status, body: '', headers: response.headers };
      next = resolved;
    }
    throw new Error('too many redirects');
  }

  /** Posts a form and follows the redirects that answer it, as `navigate` does. */
  async submit(url: string, form: Record<string, string>, stopAt?: string): Promise<Page> {
    const response = await this.request(url, { form });
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) return { url, status: response.status, body: await response.text(), headers: response.headers };
    const resolved = new URL(location, url).toString();
    if (stopAt && resolved.startsWith(stopAt)) return { url: resolved, status: response.status, body: '', headers: response.headers };
    return this.navigate(resolved, stopAt);
  }

  private store(header: string, target: URL): void {
    const [pair = '', ...attributes] = header.split(';').map((part) => part.trim());
    const separator = pair.indexOf('=');
    const name = pair.slice(0, separator);
    const value = pair.slice(separator + 1);
    const attribute = (key: string) => attributes.find((item) => item.toLowerCase().startsWith(`${key}=`))?.slice(key.length + 1);
    const path = attribute('path') ?? target.pathname.replace(/\/[^/]*$/, '') ?? '/';
    const maxAge = attribute('max-age');
    const expires = attribute('expires');
    const gone = value === '' || (maxAge !== undefined && Number(maxAge) <= 0) || (expires !== undefined && Date.parse(expires) <= Date.now());
    const key = `${name}|${path}`;
    if (gone) this.cookies.delete(key);
    else this.cookies.set(key, { name, value, path });
  }
}

/** The action of the form of a page (the first, or the one whose action ends with `suffix`). */
export function formAction(page: Page, suffix = ''): string {
  const actions = [...page.body.matchAll(/<form[^>]*\saction="([^"]+)"/g)].map((match) => (match[1] ?? '').replace(/&amp;/g, '&'));
  const action = actions.find((candidate) => candidate.endsWith(suffix));
  if (!action) throw new Error(`no form ending with "${suffix}" on ${page.url}`);
  return new URL(action, page.url).toString();
}
