import type { Page } from 'playwright-core';
import { openSection } from './app-shell';
import { containing, exactly, type Language } from './app-strings';

/**
 * An intake interview through the intake screen's steps, in the language the app is in: a woman
 * from Haiti, travelling alone, whose employer keeps her documents (a trafficking indicator).
 * `atStep` looks at each step (and the result) as it opens. Returns the case's address from the
 * result's link.
 */
export async function interviewWithTraffickingIndicator(page: Page, language: Language, alias: string, atStep: (step: string) => Promise<void>): Promise<string> {
  const t = (key: string) => exactly(language, `intake:${key}`);
  const main = page.getByRole('main');
  const group = (legend: string) => main.getByRole('group', { name: t(legend) });
  const answer = (legend: string, option: string) => group(legend).getByRole('radio', { name: t(option) }).check();
  /** Every yes / no / not-known question of a screen step answered "no". */
  const answerAllNo = async () => {
    const noes = main.getByRole('radio', { name: t('answer.no') });
    for (let index = 0; index < (await noes.count()); index++) await noes.nth(index).check();
  };
  let count = 0;
  const step = async (key: string) => {
    await main.getByRole('heading', { level: 2, name: containing(language, `intake:${key}`) }).waitFor();
    count += 1;
    await atStep(`${String(count).padStart(2, '0')}-${key.replace('steps.', '')}`);
  };
  const next = () => main.getByRole('button', { name: t('next') }).click();

  await openSection(page, language, 'intake');

  await step('steps.person');
  await main.getByLabel(t('person.alias')).fill(alias);
  await answer('person.sex', 'sex.female');
  await main.getByLabel(t('person.nationalityN')).selectOption('HT');
  await group('person.languages').getByRole('checkbox', { name: t('personLanguage.ht') }).check();
  await main.getByLabel(t('person.preferredLanguage')).selectOption('ht');
  await answer('person.needsInterpreter', 'answer.no');
  await next();

  await step('steps.situation');
  await answer('situation.status', 'status.irregular');
  await next();

  await step('steps.documents');
  await next();

  await step('steps.work');
  await answer('work.employmentStatus', 'employment.employed');
  await main.getByLabel(t('work.sector')).selectOption('agriculture');
  await answer('work.hasContract', 'answer.no');
  await next();

  await step('steps.household');
  await answer('household.travelsWith', 'travels.alone');
  await main.getByLabel(t('household.adults')).fill('0');
  await next();

  await step('steps.childProtection');
  await answerAllNo();
  await next();

  await step('steps.genderBasedViolence');
  await answerAllNo();
  await next();

  await step('steps.trafficking');
  await group('screens.methodsOfControl').getByRole('checkbox', { name: t('control.withholds-documents') }).check();
  await group('screens.controlledBy').getByRole('checkbox', { name: t('controller.employer') }).check();
  await answerAllNo();
  await next();

  await step('steps.urgentNeeds');
  await answerAllNo();
  await next();

  await step('steps.consents');
  await main.getByRole('checkbox', { name: t('consent.store-data') }).check();
  await main.getByRole('checkbox', { name: t('consent.statistics') }).check();
  await next();

  await step('steps.questions');
  await next();

  await step('steps.review');
  await main.getByRole('button', { name: t('submit') }).click();

  await main.getByRole('heading', { level: 2, name: t('result.title') }).waitFor();
  await main.getByText(t('flags.trafficking.documents-withheld')).waitFor();
  await atStep('13-result');
  const openCase = main.getByRole('link', { name: t('result.openCase') });
  await openCase.waitFor({ timeout: 20_000 });
  const href = await openCase.getAttribute('href');
  if (!href) throw new Error('the intake result links to no case');
  return href;
}
