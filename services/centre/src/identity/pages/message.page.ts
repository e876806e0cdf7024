import { html, type SafeHtml } from './html';
import { renderPage, type PageFrame } from './layout';

export interface MessageView {
  title: string;
  text: string;
  /** A stable code to quote when asking for help (an OAuth error code, never personal data). */
  code?: string;
  /** More markup under the text: a form, a link. */
  extra?: SafeHtml;
}

/** Errors, "too many attempts", "signed out"...: a title, a sentence and maybe an error code. */
export function messagePage(frame: PageFrame, view: MessageView): string {
  const { t } = frame;
  return renderPage(
    frame,
    view.title,
    html`<p>${view.text}</p>
${view.code ? html`<p class="muted">${t('error.code', { code: view.code })}</p>` : null}
${view.extra ?? null}`,
  );
}
