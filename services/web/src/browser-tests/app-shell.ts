import type { Page } from 'playwright-core';
import { exactly, LANGUAGES, message, type Language } from './app-strings';

const anyLanguage = (key: string) => new RegExp(`^\\s*(${LANGUAGES.map((l) => message(l, key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s*$`);

/** The screen's one heading. */
export const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/**
 * Picks a language in the header's language picker (labelled in whatever language the app is in
 * now) and waits until the server kept it (PUT /auth/preferences) and the page speaks it.
 */
export async function chooseLanguage(page: Page, language: Language): Promise<void> {
  const picker = page.getByRole('combobox', { name: anyLanguage('language') });
  if ((await picker.inputValue()) === language) return;
  const kept = page.waitForResponse((response) => new URL(response.url()).pathname === '/auth/preferences' && response.request().method() === 'PUT');
  await picker.selectOption(language);
  const response = await kept;
  if (!response.ok()) throw new Error(`PUT /auth/preferences answered ${response.status()}`);
  await until(page, `document.documentElement.lang === ${JSON.stringify(language)}`);
  await page.getByRole('combobox', { name: exactly(language, 'language') }).waitFor();
}

/** Follows a link of the main navigation, as a person would, and waits for the screen's heading. */
export async function openSection(page: Page, language: Language, section: 'today' | 'intake' | 'cases' | 'partners' | 'reports' | 'admin'): Promise<void> {
  const nav = page.getByRole('navigation', { name: exactly(language, 'nav.label') });
  await nav.getByRole('link', { name: exactly(language, `nav.${section}`) }).click();
  await heading(page).waitFor();
}

/**
 * Problems the browser met on a page: script errors, anything the Content-Security-Policy refused
 * (the app must run under its strict policy), and server errors (5xx). Refusals the app expects (a
 * 401 before signing in, a 404 for another centre's case) are not listed.
 */
export function watchForBrowserErrors(page: Page, errors: string[]): void {
  page.on('pageerror', (error) => errors.push(`${page.url()}: script error: ${error.message}`));
  page.on('console', (entry) => {
    if (entry.type() === 'error' && /Content Security Policy|Refused to/i.test(entry.text())) errors.push(`${page.url()}: ${entry.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 500) errors.push(`${response.request().method()} ${response.url()}: HTTP ${response.status()}`);
  });
}

/** Waits until the screen shows no "Loading…" and nothing is still being drawn (aria-busy). */
export async function settled(page: Page): Promise<void> {
  await until(page, '!document.querySelector(".loading, [aria-busy=\\"true\\"]")');
}

/**
 * Waits until an expression is true in the page. Not page.waitForFunction: its polling evaluates
 * strings inside the page, which the app's Content-Security-Policy (no unsafe-eval) refuses.
 */
export async function until(page: Page, expression: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate<boolean>(expression))) {
    if (Date.now() > deadline) throw new Error(`still not true after ${timeoutMs} ms: ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
