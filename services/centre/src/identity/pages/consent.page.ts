import type { MessageKey } from '../locales/es';
import { html } from './html';
import { renderPage, type PageFrame } from './layout';

export interface ConsentView {
  allowAction: string;
  denyAction: string;
  clientName: string;
  accountName: string | null;
  /** The scopes the client asks for and the person has not granted yet. */
  scopes: string[];
}

const KNOWN_SCOPES = new Set(['openid', 'profile', 'email', 'corredor', 'api', 'offline_access']);

export function consentPage(frame: PageFrame, view: ConsentView): string {
  const { t } = frame;
  const describe = (scope: string) => (KNOWN_SCOPES.has(scope) ? t(`scope.${scope}` as MessageKey) : t('scope.other', { scope }));
  return renderPage(
    frame,
    t('consent.title'),
    html`${view.accountName ? html`<p class="muted">${t('consent.signedInAs', { name: view.accountName })}</p>` : null}
<p>${t('consent.intro', { client: view.clientName })}</p>
<ul>${view.scopes.map((scope) => html`<li>${describe(scope)}</li>`)}</ul>
<form method="post" action="${view.allowAction}">
<button type="submit">${t('consent.allow')}</button>
<button type="submit" class="secondary" formaction="${view.denyAction}">${t('consent.deny')}</button>
</form>`,
  );
}
