import { html } from '../identity/pages/html';
import { renderPage, type PageFrame } from '../identity/pages/layout';
import { messagePage } from '../identity/pages/message.page';

/** The page of an invitation link, in the sign-in pages' look and languages (es, en, fr, ht). */
export function invitationForm(frame: PageFrame, input: { name: string; action: string; error?: string }): string {
  const { t } = frame;
  return renderPage(
    frame,
    t('invitation.title'),
    html`<p>${t('invitation.intro', { name: input.name })}</p>
${input.error ? html`<p class="error" role="alert">${input.error}</p>` : null}
<form method="post" action="${input.action}">
<label for="password">${t('invitation.password')}</label>
<input id="password" type="password" name="password" minlength="12" autocomplete="new-password" required>
<p class="muted">${t('invitation.rule')}</p>
<button type="submit">${t('invitation.submit')}</button>
</form>`,
  );
}

export function invitationDone(frame: PageFrame, signInUrl: string): string {
  return renderPage(frame, frame.t('invitation.done'), html`<p><a href="${signInUrl}">${frame.t('invitation.signIn')}</a></p>`);
}

export function invitationFailed(frame: PageFrame, detail: string, code: string): string {
  return messagePage(frame, { title: frame.t('invitation.failed'), text: detail, code });
}
