import { html } from './html';
import { renderPage, type PageFrame } from './layout';

export interface TokenView {
  accessToken: string;
  expiresAt: Date;
  expiresInSeconds: number;
  centre: string;
  roles: string[];
  againHref: string;
  /** Ends the browser session at the provider (shared computers). */
  signOutHref: string;
}

/** The sign-in console's result: the access token, when it expires and what it carries. */
export function tokenPage(frame: PageFrame, view: TokenView): string {
  const { t } = frame;
  const time = view.expiresAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return renderPage(
    frame,
    t('console.title'),
    html`<p>${t('console.intro')}</p>
<dl>
<dt>${t('console.centre')}</dt><dd><code>${view.centre}</code></dd>
<dt>${t('console.roles')}</dt><dd><code>${view.roles.join(', ')}</code></dd>
</dl>
<p>${t('console.expires', { time, minutes: Math.max(1, Math.round(view.expiresInSeconds / 60)) })}</p>
<label for="shell">${t('console.shell')}</label>
<textarea id="shell" rows="6" readonly>export TOKEN=${view.accessToken}</textarea>
<label for="token">${t('console.token')}</label>
<textarea id="token" rows="6" readonly>${view.accessToken}</textarea>
<p><a href="${view.againHref}">${t('console.again')}</a> · <a href="${view.signOutHref}">${t('logout.title')}</a></p>`,
  );
}
