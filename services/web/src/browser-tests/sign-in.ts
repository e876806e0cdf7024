import type { Locator, Page } from 'playwright-core';

/** The demo accounts `npm start` creates (infra/platform/src/demo-centres.ts and infra/centres/*.yaml). */
export const DEMO_PASSWORD = 'corredor-demo-2026';
export const ACCOUNTS = {
  tijuanaCoordinator: 'coordinacion@tijuana.example.org',
  tijuanaPromoter: 'promotoria@tijuana.example.org',
  tijuanaLawyer: 'juridico@tijuana.example.org',
  tapachulaCoordinator: 'coordinacion@tapachula.example.org',
} as const;

// The centre's sign-in page speaks the browser's or the person's language: its labels in all four
// (services/centre/src/identity/locales).
const oneOf = (...labels: string[]) => new RegExp(`^\\s*(${labels.join('|')})\\s*$`, 'i');
const EMAIL = oneOf('Correo electrónico', 'Email address', 'Adrès imèl', 'Adresse e-mail');
export const PASSWORD_LABEL = oneOf('Contraseña', 'Password', 'Modpas', 'Mot de passe');
const SUBMIT = oneOf('Entrar', 'Sign in', 'Konekte', 'Se connecter');
const ALLOW = oneOf('Permitir', 'Allow', 'Aksepte', 'Autoriser');

export const isFocused = (locator: Locator) => locator.evaluate((element) => element === element.ownerDocument.activeElement);

/** The element that has the focus, described for a failure message. */
export const focusedElement = (page: Page) =>
  page.evaluate<string>('(() => { const e = document.activeElement; return e ? `${e.tagName.toLowerCase()} "${(e.getAttribute("aria-label") || e.textContent || e.getAttribute("name") || "").trim().slice(0, 60)}"` : "none"; })()');

/** Presses Tab until `target` has the focus (at most `limit` times); fails naming where the focus went. */
export async function tabTo(page: Page, target: Locator, limit = 60, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let presses = 0; presses <= limit; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${limit} presses of ${key} did not reach ${target.toString()} (focus on ${await focusedElement(page)})`);
}

/**
 * Opens the app at `path` signed out: the app sends the browser to the centre's sign-in page, the
 * person signs in there and lands back where they were going. With `keyboard`, only keys are used
 * (the email field has the focus when the page opens; Tab, typing and Enter do the rest).
 */
export async function signIn(
  page: Page,
  webUrl: string,
  email: string,
  options: { path?: string; keyboard?: boolean; onSignInPage?: (page: Page) => Promise<void> } = {},
): Promise<void> {
  const web = new URL(webUrl);
  await page.goto(`${webUrl}${options.path ?? '/'}`);
  await page.waitForURL((url) => url.pathname.includes('/interaction/'));
  await options.onSignInPage?.(page);
  const emailField = page.getByLabel(EMAIL);
  const passwordField = page.getByLabel(PASSWORD_LABEL);
  if (options.keyboard) {
    await tabTo(page, emailField);
    await page.keyboard.type(email);
    await tabTo(page, passwordField, 3);
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
  } else {
    await emailField.fill(email);
    await passwordField.fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: SUBMIT }).click();
  }
  const inApp = (url: URL) => url.origin === web.origin && !url.pathname.startsWith('/auth/');
  const settle = <T extends string>(promise: Promise<unknown>, outcome: T) => promise.then(() => outcome).catch(() => 'timeout' as const);
  const landed = await Promise.race([
    settle(page.waitForURL(inApp), 'app'),
    settle(page.getByRole('button', { name: ALLOW }).waitFor(), 'consent'),
    settle(page.getByRole('alert').waitFor(), 'refused'),
  ]);
  if (landed === 'refused') throw new Error(`${email} could not sign in: ${await page.getByRole('alert').innerText()}`);
  if (landed === 'consent') {
    // The provider asks whether the staff app may act for the person.
    const allow = page.getByRole('button', { name: ALLOW });
    if (options.keyboard) {
      await tabTo(page, allow);
      await page.keyboard.press('Enter');
    } else {
      await allow.click();
    }
  }
  await page.waitForURL(inApp);
  // The app is up once a screen's heading shows.
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}
