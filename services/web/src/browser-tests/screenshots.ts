import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, PHONE } from './browser';

/** Kept by CI (test-results/ at the repository's root), to be looked at. */
export const SCREENSHOTS = path.resolve(__dirname, '../../../../test-results/screenshots');

const nextFrame = (page: Page) => page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');

/**
 * How far the page is wider than its viewport, and the elements that make it so (for the failure
 * message): those sticking out past its right edge that no scrolling or clipping box holds in (a
 * box holds its absolutely positioned descendants only if it is positioned itself). Null when
 * nothing scrolls sideways.
 */
export async function horizontalOverflow(page: Page): Promise<string | null> {
  return page.evaluate<string | null>(`(() => {
    const width = document.documentElement.clientWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= width) return null;
    const describe = (e) => {
      const own = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
      const within = e.parentElement ? e.parentElement.closest('[id]') : null;
      return within ? own + ' in #' + within.id : own;
    };
    const heldIn = (e) => {
      const position = getComputedStyle(e).position;
      if (position === 'fixed') return true;
      let escaping = position === 'absolute';
      for (let box = e.parentElement; box && box !== document.body; box = box.parentElement) {
        const style = getComputedStyle(box);
        if (escaping && style.position === 'static') continue;
        escaping = false;
        if (style.overflowX !== 'visible') return true;
      }
      return false;
    };
    const right = (e) => Math.round(e.getBoundingClientRect().right);
    const wide = [...document.body.querySelectorAll('*')].filter((e) => right(e) > width + 1 && !heldIn(e));
    const outermost = wide.filter((e) => !wide.includes(e.parentElement)).slice(0, 5);
    return 'scrollWidth ' + scrollWidth + ' > ' + width + ': ' + outermost.map((e) => describe(e) + ' (right edge ' + right(e) + ')').join(', ');
  })()`);
}

/**
 * Saves the screen as shown at a desktop width and at a phone's (360 px), under
 * test-results/screenshots/<language>/<screen>-<width>.png, runs `check` (if any) at each width, and returns
 * what is wrong: sideways scrolling at 360 px, and what `check` threw. Leaves the page at the
 * desktop width.
 */
export async function captureScreen(page: Page, language: string, screen: string, check?: (width: number) => Promise<void>): Promise<string[]> {
  const folder = path.join(SCREENSHOTS, language);
  await mkdir(folder, { recursive: true });
  const problems: string[] = [];
  for (const size of [DESKTOP, PHONE]) {
    await page.setViewportSize(size);
    await nextFrame(page);
    await page.screenshot({ path: path.join(folder, `${screen}-${size.width}.png`), fullPage: true, animations: 'disabled' });
    if (size === PHONE) {
      const overflow = await horizontalOverflow(page);
      if (overflow) problems.push(`${language}/${screen} at ${size.width} px scrolls sideways: ${overflow}`);
    }
    try {
      await check?.(size.width);
    } catch (error) {
      problems.push(`${language}/${screen} at ${size.width} px: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  await page.setViewportSize(DESKTOP);
  return problems;
}

/** Where a failed step leaves what each open page showed, to see why (kept by CI with the screenshots). */
export const FAILURES = path.resolve(__dirname, '../../../../test-results/failures');

/** Saves every open page of the browser as it is now, under test-results/failures/<step>-<n>.png. */
export async function saveFailureScreens(browser: Browser | undefined, step: string): Promise<void> {
  if (!browser) return;
  await mkdir(FAILURES, { recursive: true });
  const pages = browser.contexts().flatMap((context) => context.pages());
  const name = step.replace(/[^\w-]+/g, '-').slice(0, 80);
  await Promise.all(pages.map((page, index) => page.screenshot({ path: path.join(FAILURES, `${name}-${index + 1}.png`), fullPage: true }).catch(() => undefined)));
}
