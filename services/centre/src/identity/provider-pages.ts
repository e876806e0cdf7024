import { errors, type ErrorOut, type KoaContextWithOIDC } from 'oidc-provider';
import { negotiateLanguage, supportedLanguage } from './i18n';
import { html, SafeHtml } from './pages/html';
import { pageHeaders, renderPage, type PageFrame } from './pages/layout';
import { messagePage } from './pages/message.page';
import { frameFor, LANGUAGE_COOKIE, readCookie } from './web';

/** The pages oidc-provider renders itself (errors it cannot redirect, sign-out), in our look and languages. */
export interface ProviderPages {
  renderError(ctx: KoaContextWithOIDC, out: ErrorOut, error: Error): void;
  logoutSource(ctx: KoaContextWithOIDC, form: string): void;
  postLogoutSuccessSource(ctx: KoaContextWithOIDC): void;
}

function frameOf(ctx: KoaContextWithOIDC): PageFrame {
  const query = typeof ctx.query['lang'] === 'string' ? ctx.query['lang'] : undefined;
  const uiLocales = ctx.oidc?.params?.['ui_locales'];
  const language = negotiateLanguage({
    chosen: supportedLanguage(query) ?? readCookie(ctx.get('cookie'), LANGUAGE_COOKIE),
    uiLocales: typeof uiLocales === 'string' ? uiLocales : undefined,
    acceptLanguage: ctx.get('accept-language'),
  });
  // Only a GET can be reloaded in another language.
  if (ctx.method !== 'GET') return frameFor(language, null);
  const frame = frameFor(language, null);
  return {
    ...frame,
    switchHref: (other) => {
      // Express strips its mount path (/oidc) before the provider sees the request; its own originalUrl keeps it.
      const full = (ctx.req as { originalUrl?: unknown }).originalUrl;
      const url = new URL(typeof full === 'string' ? full : ctx.originalUrl, 'http://local');
      url.searchParams.set('lang', other);
      return `${url.pathname}${url.search}`;
    },
  };
}

function send(ctx: KoaContextWithOIDC, frame: PageFrame, body: string, formTargets: readonly string[]): void {
  ctx.set(pageHeaders(frame, formTargets));
  ctx.type = 'html';
  ctx.body = body;
}

export function providerPages(formTargets: readonly string[]): ProviderPages {
  return {
    renderError(ctx, out, error) {
      const frame = frameOf(ctx);
      const expired = error instanceof errors.SessionNotFound;
      const description = typeof out.error_description === 'string' ? out.error_description : null;
      send(
        ctx,
        frame,
        messagePage(frame, {
          title: frame.t('error.title'),
          text: frame.t(expired ? 'error.expired' : 'error.generic'),
          code: out.error,
          ...(description ? { extra: html`<p class="muted" lang="en">${description}</p>` } : {}),
        }),
        formTargets,
      );
    },
    logoutSource(ctx, form) {
      const frame = frameOf(ctx);
      const { t } = frame;
      // `form` is oidc-provider's hidden form (its action and an anti-forgery token); the buttons submit it.
      const body = html`<p>${t('logout.question')}</p>
${new SafeHtml(form)}
<button type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>${t('logout.confirm')}</button>
<button type="submit" form="op.logoutForm" class="secondary">${t('logout.cancel')}</button>`;
      send(ctx, frame, renderPage(frame, t('logout.title'), body), formTargets);
    },
    postLogoutSuccessSource(ctx) {
      const frame = frameOf(ctx);
      send(ctx, frame, messagePage(frame, { title: frame.t('logout.title'), text: frame.t('logout.done') }), formTargets);
    },
  };
}
