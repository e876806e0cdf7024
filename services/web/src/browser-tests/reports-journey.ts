import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { openSection } from './app-shell';
import { exactly, filled, message, type Language } from './app-strings';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The reports screen's chart of case closures by outcome, once it counts `count` closures as
 * `outcome` (reporting hears of the closure through the bus, so the screen is reloaded until then).
 * Returns the drawn chart's texts (its bar labels and values).
 */
export async function closuresChart(page: Page, language: Language, outcome: string, count: number): Promise<string[]> {
  await openSection(page, language, 'reports');
  const section = page.getByRole('region', { name: exactly(language, 'reports:indicator.cases-closed.name') });
  const label = filled(language, 'reports:chart.value', { category: message(language, `reports:category.outcome.${outcome}`), value: String(count) });
  const chart = section.getByRole('img', { name: new RegExp(escape(label)) });
  for (let attempt = 0; ; attempt++) {
    try {
      await chart.waitFor({ timeout: 3000 });
      break;
    } catch (error) {
      if (attempt >= 6) throw error;
      await page.reload();
    }
  }
  // Drawn by Observable Plot: a bar, its category and its value.
  await chart.locator('svg rect').first().waitFor();
  return chart.locator('svg text').allTextContents();
}

/** Downloads the report as CSV through the screen's link; returns the file's text. */
export async function downloadReportCsv(page: Page, language: Language): Promise<{ name: string; text: string }> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: exactly(language, 'reports:csv.download') }).click();
  const download = await downloading;
  const file = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(file, 'utf8') };
}
