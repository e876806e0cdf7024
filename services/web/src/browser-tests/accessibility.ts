import axe from 'axe-core';
import type { Page } from 'playwright-core';

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

/** What axe found on each screen checked, for the run's summary: `screen` → rule ids of every impact. */
export const axeResults = new Map<string, { serious: string[]; other: string[] }>();

/** WCAG 2.0, 2.1 and 2.2, A and AA, plus axe's best practices (the summary lists those apart). */
const RUN_OPTIONS = { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } };

/** Runs axe-core in the page as it is now; returns its violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate<boolean>('typeof window.axe === "object"'))) await page.evaluate(axe.source);
  const results = await page.evaluate<{ violations: AxeViolation[] }>(`axe.run(document, ${JSON.stringify(RUN_OPTIONS)})`);
  return results.violations;
}

/**
 * Fails when axe finds a serious or critical violation on the screen shown, listing each rule and
 * the elements it found; lesser ones are kept for the summary.
 */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const violations = await axeViolations(page);
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const other = violations.filter((v) => !serious.includes(v));
  const seen = axeResults.get(screen) ?? { serious: [], other: [] };
  axeResults.set(screen, {
    serious: [...new Set([...seen.serious, ...serious.map((v) => v.id)])],
    other: [...new Set([...seen.other, ...other.map((v) => `${v.id} (${v.impact ?? 'n/a'})`)])],
  });
  if (serious.length > 0) {
    const listed = serious.map((v) => `- ${v.id} (${v.impact ?? ''}): ${v.help}\n${v.nodes.map((n) => `    ${JSON.stringify(n.target)}`).join('\n')}`).join('\n');
    throw new Error(`${screen} (${page.url()}): ${serious.length} serious or critical accessibility violation(s):\n${listed}`);
  }
}

export function axeSummary(): string {
  return [...axeResults.entries()]
    .map(([screen, { serious, other }]) => `  ${screen.padEnd(28)} serious/critical: ${serious.length === 0 ? 'none' : serious.join(', ')}${other.length > 0 ? `; minor/moderate: ${other.join(', ')}` : ''}`)
    .join('\n');
}
