import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's chromium (scripts/setup.sh --test-tools installs it). */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Headless, no sandbox (containers), and none of chromium's own outgoing connections (updates,
 * sync, field trials): CI machines have no network beyond loopback, and those would be refused.
 */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 360, height: 740 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** A fresh profile (its own cookies), as a person on a shared computer after signing out. */
export async function newPerson(browser: Browser, locale = 'es-MX'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: DESKTOP, locale, acceptDownloads: true });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  return { context, page };
}
