import { randomBytes } from 'node:crypto';
import { LANGUAGES, translator, type Language, type Translate } from '../i18n';
import { html, SafeHtml } from './html';

/** What every page needs: its language and the nonce its style element carries. */
export interface PageFrame {
  language: Language;
  t: Translate;
  nonce: string;
  /** Where the language switch links go; null when the page cannot be reloaded (after a POST). */
  switchHref: ((language: Language) => string) | null;
}

export function pageFrame(language: Language, switchHref: PageFrame['switchHref']): PageFrame {
  return { language, t: translator(language), nonce: randomBytes(16).toString('base64'), switchHref };
}

/**
 * Headers of every sign-in page: no script at all, only our own nonce'd style, forms that post to
 * us (and the redirects that follow a form, which browsers also check against form-action, to the
 * registered clients), never framed, never cached.
 */
export function pageHeaders(frame: PageFrame, formTargets: readonly string[]): Record<string, string> {
  const formAction = ["'self'", ...formTargets].join(' ');
  return {
    'Content-Security-Policy': `default-src 'none'; style-src 'nonce-${frame.nonce}'; img-src 'self' data:; form-action ${formAction}; frame-ancestors 'none'; base-uri 'none'`,
    'Cache-Control': 'no-store',
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Language': frame.language,
  };
}

const STYLE = new SafeHtml(`
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f4f1ea;color:#1d1d1b}
main{max-width:30rem;margin:2rem auto;padding:1.5rem;background:#fff;border-radius:.5rem;box-shadow:0 1px 3px rgba(0,0,0,.15)}
header{max-width:30rem;margin:1rem auto 0;padding:0 1.5rem;display:flex;justify-content:space-between;flex-wrap:wrap;gap:.5rem;font-size:.9rem}
header strong{color:#8c1c13}nav a{margin-left:.5rem;color:#1d1d1b}nav a[aria-current]{font-weight:bold;text-decoration:none}
h1{font-size:1.5rem;margin:0 0 1rem}label{display:block;margin:1rem 0 .25rem;font-weight:600}
input{width:100%;padding:.6rem;font-size:1rem;border:1px solid #888;border-radius:.3rem}
button{margin-top:1.25rem;padding:.7rem 1.2rem;font-size:1rem;border:0;border-radius:.3rem;background:#8c1c13;color:#fff;cursor:pointer}
button.secondary{background:#e0dcd2;color:#1d1d1b;margin-left:.5rem}
.error{padding:.75rem;background:#fde8e6;border-left:4px solid #8c1c13}.muted{color:#555;font-size:.9rem}
code,pre,textarea{font:.85rem ui-monospace,monospace;word-break:break-all;white-space:pre-wrap}pre,textarea{width:100%;padding:.6rem;background:#f6f6f6;border:1px solid #ccc;border-radius:.3rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0}`);

export function renderPage(frame: PageFrame, title: string, body: SafeHtml): string {
  const { t, switchHref, language } = frame;
  const switches = switchHref
    ? html`<nav aria-label="${t('layout.languages')}">${LANGUAGES.map((other) =>
        other === language
          ? html`<a href="${switchHref(other)}" lang="${other}" aria-current="true">${translator(other)('language.name')}</a>`
          : html`<a href="${switchHref(other)}" lang="${other}" hreflang="${other}">${translator(other)('language.name')}</a>`,
      )}</nav>`
    : null;
  return html`<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} · Corredor</title>
<style nonce="${frame.nonce}">${STYLE}</style>
</head>
<body>
<header><span><strong>Corredor</strong> · ${t('layout.tagline')}</span>${switches}</header>
<main>
<h1>${title}</h1>
${body}
</main>
</body>
</html>
`.value;
}
