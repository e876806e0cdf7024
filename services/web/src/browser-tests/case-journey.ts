import type { Locator, Page } from 'playwright-core';
import { exactly, type Language } from './app-strings';
import { isFocused, tabTo } from './sign-in';

/** The case page's section (summary, services, claims, notes...), found by its heading. */
export const caseSection = (page: Page, language: Language, id: string): Locator => page.getByRole('region', { name: exactly(language, `cases:${id}.title`) });

/** Waits for a section's announcement (role=status) to say what was done. */
async function announced(section: Locator, language: Language, key: string): Promise<void> {
  await section.getByRole('status').filter({ hasText: exactly(language, `cases:${key}`) }).waitFor();
}

/** Presses ArrowDown on the focused select until it shows `value` (a closed select changes with the arrows). */
async function arrowTo(page: Page, select: Locator, value: string, limit = 30): Promise<void> {
  for (let presses = 0; presses < limit && (await select.inputValue()) !== value; presses++) await page.keyboard.press('ArrowDown');
  if ((await select.inputValue()) !== value) throw new Error(`the arrow keys did not reach "${value}" in ${select.toString()}`);
}

/**
 * Records a labour-rights guidance session with the keyboard alone: Tab to "record a service",
 * Enter opens the form (focus goes to its first field), the arrows pick the service type, Tab to
 * the submit button and Space. The date is today's by default.
 */
export async function recordServiceByKeyboard(page: Page, language: Language): Promise<void> {
  const t = (key: string) => exactly(language, `cases:${key}`);
  const services = caseSection(page, language, 'services');
  await page.getByRole('heading', { level: 1 }).focus();
  await tabTo(page, services.getByRole('button', { name: t('services.open') }), 120);
  await page.keyboard.press('Enter');
  const type = services.getByLabel(t('services.type'));
  await type.waitFor();
  if (!(await isFocused(type))) throw new Error('opening the service form did not move the focus to its first field');
  await arrowTo(page, type, 'labour-rights-guidance');
  await tabTo(page, services.getByRole('button', { name: t('services.submit') }), 15);
  await page.keyboard.press('Space');
  await announced(services, language, 'services.recorded');
  await services.getByRole('table').getByText(t('serviceType.labour-rights-guidance')).waitFor();
}

/** Records a labour-justice claim against an employer with the amount claimed. */
export async function recordLabourClaim(page: Page, language: Language, claim: { employer: string; claimed: string }): Promise<void> {
  const t = (key: string) => exactly(language, `cases:${key}`);
  const claims = caseSection(page, language, 'claims');
  await claims.getByRole('button', { name: t('claims.open') }).click();
  const form = claims.getByRole('form', { name: t('claims.formLabel') });
  await form.getByLabel(t('claims.employer')).fill(claim.employer);
  await form.getByLabel(t('claims.claimType')).selectOption('document-retention');
  await form.getByLabel(t('claims.authority')).selectOption('conciliation-centre');
  await form.getByLabel(t('amount.claimed')).fill(claim.claimed);
  await form.getByRole('button', { name: t('claims.submit') }).click();
  await announced(claims, language, 'claims.recorded');
  await claims.getByText(claim.employer).first().waitFor();
}

/** Writes a note on the case, for the whole centre or restricted (its author and the coordinators). */
export async function addNote(page: Page, language: Language, body: string, visibility: 'centre' | 'restricted'): Promise<void> {
  const t = (key: string) => exactly(language, `cases:${key}`);
  const notes = caseSection(page, language, 'notes');
  await notes.getByRole('button', { name: t('notes.open') }).click();
  const form = notes.getByRole('form', { name: t('notes.formLabel') });
  await form.getByLabel(t('notes.body')).fill(body);
  await form.getByRole('radio', { name: t(visibility === 'centre' ? 'notes.forCentre' : 'notes.forRestricted') }).check();
  await form.getByRole('button', { name: t('notes.submit') }).click();
  await announced(notes, language, visibility === 'centre' ? 'notes.added' : 'notes.addedRestricted');
  await notes.getByText(body).waitFor();
}

/** Closes the case with an outcome; someone who may not sign off asks for sign-off instead. */
export async function closeCase(page: Page, language: Language, outcome: 'resolved'): Promise<void> {
  const t = (key: string) => exactly(language, `cases:${key}`);
  const summary = caseSection(page, language, 'summary');
  await summary.getByRole('button', { name: t('closure.open') }).click();
  await summary.getByLabel(t('closure.outcome')).selectOption(outcome);
  await summary.getByRole('button', { name: t('closure.submitForSignOff') }).or(summary.getByRole('button', { name: t('closure.submit') })).click();
}
