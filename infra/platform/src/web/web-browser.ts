import { formAction, type Page } from '@corredor/service-kit/testing';

interface Cookie {
  name: string;
  value: string;
  path: string;
}

/**
 * A browser without JavaScript for the web app's tests: a cookie jar for one host (as browsers do,
 * cookies do not depend on the port, so the provider's and the web app's share it), redirects
 * followed by hand, forms posted, and the app's own calls (JSON, with the headers it sets).
 */
export class WebBrowser {
  private readonly cookies = new Map<string, Cookie>();

  constructor(private readonly language = 'es-MX,es;q=0.9') {}

  async request(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Response> {
    const target = new URL(url);
    const cookie = [...this.cookies.values()]
      .filter((entry) => target.pathname === entry.path || target.pathname.startsWith(entry.path.endsWith('/') ? entry.path : `${entry.path}/`))
      .sort((a, b) => b.path.length - a.path.length)
      .map((entry) => `${entry.name}=${entry.value}`)
      .join('; ');
    const response = await fetch(url, {
      method: init.method ?? 'GET',
      redirect: 'manual',
      headers: { 'accept-language': this.language, ...(cookie ? { cookie } : {}), ...init.headers },
      ...(init.body === undefined ? {} : { body: init.body }),
    });
    for (const header of response.headers.getSetCookie()) this.store(header, target);
    return response;
  }

  /** GETs `url` and follows redirects; stops at a page, or before fetching a URL for which `stop` says so. */
  async navigate(url: string, stop: (url: URL) => boolean = () => false): Promise<Page> {
    let next = url;
    for (let hops = 0; hops < 20; hops += 1) {
      const response = await this.request(next, { headers: { accept: 'text/html' } });
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) return { url: next, status: response.status, body: await response.text(), headers: response.headers };
      await response.body?.cancel();
      const resolved = new URL(location, next);
      if (stop(resolved)) return { url: resolved.toString(), status: response.status, body: '', headers: response.headers };
      next = resolved.toString();
    }
    throw new Error('too many redirects');
  }

  /** Posts a form as a browser does and follows where it leads. */
  async submit(url: string, form: Record<string, string>, stop: (url: URL) => boolean = () => false): Promise<Page> {
    const response = await this.request(url, { method: 'POST', headers: { accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form).toString() });
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) return { url, status: response.status, body: await response.text(), headers: response.headers };
    await response.body?.cancel();
    const resolved = new URL(location, url);
    if (stop(resolved)) return { url: resolved.toString(), status: response.status, body: '', headers: response.headers };
    return this.navigate(resolved.toString(), stop);
  }

  /** A call of the app's own code: JSON in and out, with the headers it chooses (X-CSRF-Token...). */
  async call(url: string, init: { method?: string; json?: unknown; headers?: Record<string, string> } = {}): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
    const response = await this.request(url, {
      method: init.method ?? 'GET',
      headers: { accept: 'application/json', ...(init.json === undefined ? {} : { 'content-type': 'application/json' }), ...init.headers },
      ...(init.json === undefined ? {} : { body: JSON.stringify(init.json) }),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {}, headers: response.headers };
  }

  private store(header: string, target: URL): void {
    const [pair = '', ...attributes] = header.split(';').map((part) => part.trim());
    const separator = pair.indexOf('=');
    const name = pair.slice(0, separator);
    const value = pair.slice(separator + 1);
    const attribute = (key: string) => attributes.find((item) => item.toLowerCase().startsWith(`${key}=`))?.slice(key.length + 1);
    const path = attribute('path') ?? (target.pathname.replace(/\/[^/]*$/, '') || '/');
    const maxAge = attribute('max-age');
    const expires = attribute('expires');
    const gone = value === '' || (maxAge !== undefined && Number(maxAge) <= 0) || (expires !== undefined && Date.parse(expires) <= Date.now());
    const key = `${name}|${path}`;
    if (gone) this.cookies.delete(key);
    else this.cookies.set(key, { name, value, path });
  }
}

/**
 * Signs a person in to the web app through the provider's own pages, as a browser does: the app
 * sends it to the provider, the password is posted, and the provider sends it back to the app,
 * which sends it on to `returnTo`. Ends on the app (the page is not fetched), or on the page the
 * person was left on (a wrong password, say).
 */
export async function signInToWebApp(browser: WebBrowser, web: string, credentials: { email: string; password: string }, returnTo = '/cases'): Promise<Page> {
  const backInTheApp = (url: URL) => url.origin === web && !url.pathname.startsWith('/auth/');
  const page = await browser.navigate(`${web}/auth/sign-in?returnTo=${encodeURIComponent(returnTo)}`, backInTheApp);
  if (backInTheApp(new URL(page.url))) return page;
  return browser.submit(formAction(page, '/login'), credentials, backInTheApp);
}
