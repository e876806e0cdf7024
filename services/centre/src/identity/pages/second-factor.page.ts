import { html } from './html';
import { renderPage, type PageFrame } from './layout';

export interface SecondFactorView {
  action: string;
  failed?: boolean;
}

const codeInput = html`<input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" maxlength="6" required autofocus>`;

export function secondFactorPage(frame: PageFrame, view: SecondFactorView): string {
  const { t } = frame;
  return renderPage(
    frame,
    t('totp.title'),
    html`<p>${t('totp.intro')}</p>
${view.failed ? html`<p class="error" role="alert">${t('totp.invalid')}</p>` : null}
<form method="post" action="${view.action}">
<label for="code">${t('totp.code')}</label>
${codeInput}
<button type="submit">${t('totp.submit')}</button>
</form>`,
  );
}

export interface EnrolmentView {
  action: string;
  /** The new secret (base32), for typing into an app by hand. */
  secret: string;
  otpauthUri: string;
  failed?: boolean;
}

export function enrolmentPage(frame: PageFrame, view: EnrolmentView): string {
  const { t } = frame;
  return renderPage(
    frame,
    t('enrol.title'),
    html`<p>${t('enrol.intro')}</p>
<label for="secret">${t('enrol.secret')}</label>
<pre id="secret">${view.secret.replace(/(.{4})/g, '$1 ').trim()}</pre>
<label for="uri">${t('enrol.uri')}</label>
<textarea id="uri" rows="3" readonly>${view.otpauthUri}</textarea>
${view.failed ? html`<p class="error" role="alert">${t('enrol.invalid')}</p>` : null}
<form method="post" action="${view.action}">
<label for="code">${t('totp.code')}</label>
${codeInput}
<button type="submit">${t('enrol.submit')}</button>
</form>`,
  );
}
