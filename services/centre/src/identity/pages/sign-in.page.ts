import { html } from './html';
import { renderPage, type PageFrame } from './layout';

export interface SignInView {
  /** Where the form posts. */
  action: string;
  clientName: string;
  /** What was typed, shown again after a failure (never the password). */
  email?: string;
  failed?: boolean;
}

export function signInPage(frame: PageFrame, view: SignInView): string {
  const { t } = frame;
  return renderPage(
    frame,
    t('signin.title'),
    html`<p>${t('signin.intro')}</p>
<p class="muted">${t('signin.forClient', { client: view.clientName })}</p>
${view.failed ? html`<p class="error" role="alert" data-code="SIGNIN.INVALID_CREDENTIALS">${t('signin.invalid')}</p>` : null}
<form method="post" action="${view.action}">
<label for="email">${t('signin.email')}</label>
<input id="email" name="email" type="email" autocomplete="username" required autofocus value="${view.email ?? ''}">
<label for="password">${t('signin.password')}</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">${t('signin.submit')}</button>
</form>`,
  );
}
