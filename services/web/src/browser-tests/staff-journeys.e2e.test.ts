import { rm } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeSummary, expectAccessible } from './accessibility';
import { chooseLanguage, heading, openSection, settled, watchForBrowserErrors } from './app-shell';
import { exactly, message, type Language } from './app-strings';
import { launchBrowser, newPerson } from './browser';
import { addNote, caseSection, closeCase, recordLabourClaim, recordServiceByKeyboard } from './case-journey';
import { interviewWithTraffickingIndicator } from './intake-journey';
import { freePortBase, startPlatformCommand, type RunningPlatform } from './platform-command';
import { closuresChart, downloadReportCsv } from './reports-journey';
import { captureScreen, FAILURES, saveFailureScreens, SCREENSHOTS } from './screenshots';
import { ACCOUNTS, PASSWORD_LABEL, signIn } from './sign-in';

jest.setTimeout(120_000);

const ALIAS = 'Wideline';
const EMPLOYER = 'Constructora del Pacífico';
const RESTRICTED_NOTE = 'Nòt rezève: li pè patwon an';
const CENTRE_NOTE = 'Nòt pou sant la: rele li vandredi';

/**
 * A centre's day in a real browser (Debian's chromium, headless) against the platform started as
 * `npm start` starts it. One platform, one browser; each person in a fresh profile. The steps build
 * on each other, in order: a failed step leaves the ones after it failing too.
 */
describe('the staff web app in a browser', () => {
  const started = Date.now();
  let platform: RunningPlatform | undefined;
  let browser: Browser | undefined;
  const browserErrors: string[] = [];
  let coordinator: { context: BrowserContext; page: Page };
  let tapachula: { context: BrowserContext; page: Page };
  let caseHref = '';

  const web = () => platform?.webUrl ?? '';
  const person = async () => {
    if (!browser) throw new Error('no browser');
    const opened = await newPerson(browser);
    watchForBrowserErrors(opened.page, browserErrors);
    return opened;
  };

  /** A step of the journey; when it fails, what each open page showed is saved beside the screenshots. */
  const step = (name: string, run: () => Promise<void>, timeout?: number) =>
    it(
      name,
      async () => {
        try {
          await run();
        } catch (error) {
          await saveFailureScreens(browser, name);
          throw error;
        }
      },
      timeout,
    );

  beforeAll(async () => {
    // Only this run's screenshots: a screen renamed or gone leaves nothing behind to mislead.
    await Promise.all([SCREENSHOTS, FAILURES].map((folder) => rm(folder, { recursive: true, force: true })));
    // Both at once; whichever started is stopped in afterAll even if the other failed.
    const [startedPlatform, launched] = await Promise.allSettled([freePortBase(4501).then(startPlatformCommand), launchBrowser()]);
    if (startedPlatform.status === 'fulfilled') platform = startedPlatform.value;
    if (launched.status === 'fulfilled') browser = launched.value;
    for (const outcome of [startedPlatform, launched]) if (outcome.status === 'rejected') throw outcome.reason;
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
    // eslint-disable-next-line no-console
    console.info(`browser tests: ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${SCREENSHOTS}\naxe-core on each screen:\n${axeSummary()}`);
  });

  it("prints the web app's address as the first line of `npm start`", () => {
    const [first] = (platform?.stdout() ?? '').split('\n');
    expect(first).toContain(web());
  });

  step('signs the Tijuana coordinator in by keyboard alone, and lands on Today', async () => {
    coordinator = await person();
    await signIn(coordinator.page, web(), ACCOUNTS.tijuanaCoordinator, { keyboard: true, onSignInPage: (page) => expectAccessible(page, 'sign-in (centre service)') });
    await expect(heading(coordinator.page).innerText()).resolves.toMatch(exactly('es', 'today:title'));
    await expectAccessible(coordinator.page, 'today');
  });

  step('switches to Haitian Creole with the language picker, and the choice sticks', async () => {
    const { page } = coordinator;
    await chooseLanguage(page, 'ht');
    await expect(heading(page).innerText()).resolves.toMatch(exactly('ht', 'today:title'));
    await page.reload();
    await heading(page).waitFor();
    await expect(heading(page).innerText()).resolves.toMatch(exactly('ht', 'today:title'));
    await expect(page.evaluate<string>('document.documentElement.lang')).resolves.toBe('ht');
  });

  step('runs an intake in Haitian Creole whose trafficking indicator the result names', async () => {
    const { page } = coordinator;
    const problems: string[] = [];
    const atStep = async (step: string) => {
      problems.push(...(await captureScreen(page, 'ht', `intake-${step}`, (width) => expectAccessible(page, `intake ${step} (${width} px)`))));
    };
    caseHref = await interviewWithTraffickingIndicator(page, 'ht', ALIAS, atStep);
    expect(caseHref).toMatch(/^\/cases\/[\w-]+$/);
    expect(problems).toEqual([]);
  });

  step('finds the case among the high-priority ones on Today, and opens it', async () => {
    const { page } = coordinator;
    await openSection(page, 'ht', 'today');
    const high = page.getByRole('list', { name: exactly('ht', 'today:cases.high') });
    const link = high.getByRole('link', { name: ALIAS });
    await link.waitFor();
    await expect(link.getAttribute('href')).resolves.toBe(caseHref);
    await link.click();
    await page.waitForURL((url) => url.pathname === caseHref);
    await caseSection(page, 'ht', 'summary').getByText(ALIAS).first().waitFor();
    await expectAccessible(page, 'case');
  });

  step('records a service by keyboard alone, and a labour-justice claim with its amount', async () => {
    const { page } = coordinator;
    await recordServiceByKeyboard(page, 'ht');
    await recordLabourClaim(page, 'ht', { employer: EMPLOYER, claimed: '15500.50' });
    await expectAccessible(page, 'case (with work recorded)');
  });

  step('adds a restricted note and a note for the whole centre', async () => {
    await addNote(coordinator.page, 'ht', RESTRICTED_NOTE, 'restricted');
    await addNote(coordinator.page, 'ht', CENTRE_NOTE, 'centre');
  });

  step('shows every screen in every language: screenshots, axe, no sideways scrolling on a phone', async () => {
    const { page } = coordinator;
    const problems: string[] = [];
    const screens: Array<{ name: string; open: (language: Language) => Promise<void> }> = [
      { name: 'today', open: (language) => openSection(page, language, 'today') },
      { name: 'intake', open: (language) => openSection(page, language, 'intake') },
      { name: 'cases', open: (language) => openSection(page, language, 'cases') },
      { name: 'case', open: () => goto(caseHref) },
      { name: 'transfers', open: () => goto('/cases/transfers') },
      { name: 'partners', open: (language) => openSection(page, language, 'partners') },
      { name: 'reports', open: (language) => openSection(page, language, 'reports') },
      { name: 'admin', open: (language) => openSection(page, language, 'admin') },
      { name: 'admin-staff', open: () => goto('/admin/staff') },
      { name: 'admin-questions', open: () => goto('/admin/questions') },
      { name: 'admin-sharing', open: () => goto('/admin/sharing') },
      { name: 'admin-sharing-new', open: () => goto('/admin/sharing/new') },
      { name: 'admin-audit', open: () => goto('/admin/audit') },
      { name: 'not-found', open: () => goto('/no-such-page') },
    ];
    async function goto(path: string) {
      await page.goto(`${web()}${path}`);
      await heading(page).waitFor();
    }
    // Haitian Creole last: the journey goes on in it.
    for (const language of ['es', 'en', 'fr', 'ht'] as const) {
      await chooseLanguage(page, language);
      for (const screen of screens) {
        await screen.open(language);
        await settled(page);
        // axe in the journey's language (ht) at both widths; the layout, not the words, is what changes its findings.
        const check = language === 'ht' ? (width: number) => expectAccessible(page, `${screen.name} (${width} px)`) : undefined;
        problems.push(...(await captureScreen(page, language, screen.name, check)));
      }
    }
    expect(problems).toEqual([]);
  }, 240_000);

  step('keeps the restricted note from a promoter, who sees the centre note', async () => {
    const promoter = await person();
    // Signed out, the case's address leads through sign-in and back to the case.
    await signIn(promoter.page, web(), ACCOUNTS.tijuanaPromoter, { path: caseHref });
    expect(new URL(promoter.page.url()).pathname).toBe(caseHref);
    const notes = caseSection(promoter.page, 'es', 'notes');
    await notes.getByText(CENTRE_NOTE).waitFor();
    await expect(notes.getByText(RESTRICTED_NOTE).count()).resolves.toBe(0);
    await expect(promoter.page.getByRole('main').innerText()).resolves.not.toContain(RESTRICTED_NOTE);

    // The promoter closes the high-priority case: that asks a coordinator to sign off.
    await closeCase(promoter.page, 'es', 'resolved');
    const summary = caseSection(promoter.page, 'es', 'summary');
    await summary.getByRole('status').filter({ hasText: exactly('es', 'cases:closure.requested') }).waitFor();
    await summary.getByText(exactly('es', 'cases:closure.waitingForCoordinator')).waitFor();
    await promoter.context.close();
  });

  step('has the coordinator sign the closure off, on another computer where her language followed her', async () => {
    await coordinator.context.close();
    coordinator = await person();
    const { page } = coordinator;
    await signIn(page, web(), ACCOUNTS.tijuanaCoordinator, { path: caseHref });
    await expect(page.evaluate<string>('document.documentElement.lang')).resolves.toBe('ht');
    const summary = caseSection(page, 'ht', 'summary');
    await summary.getByRole('heading', { name: exactly('ht', 'cases:closure.waitingTitle') }).waitFor();
    await expectAccessible(page, 'case (closure waiting)');
    await summary.getByRole('button', { name: exactly('ht', 'cases:closure.signOff') }).click();
    await summary.getByRole('status').filter({ hasText: exactly('ht', 'cases:closure.signedOff') }).waitFor();
    await summary.getByText(new RegExp(message('ht', 'cases:outcome.resolved'))).first().waitFor();
  });

  step("counts the closure in the report's chart, and in the CSV download", async () => {
    const { page } = coordinator;
    const drawn = await closuresChart(page, 'ht', 'resolved', 1);
    expect(drawn).toEqual(expect.arrayContaining([message('ht', 'reports:category.outcome.resolved'), '1']));
    await expectAccessible(page, 'reports');
    const csv = await downloadReportCsv(page, 'ht');
    expect(csv.name).toMatch(/^tijuana-indicators-.*\.csv$/);
    expect(csv.text).toMatch(/^cases-closed,outcome,resolved,1\r?$/m);
  });

  step("shows a second centre's coordinator none of it", async () => {
    tapachula = await person();
    const { page } = tapachula;
    await signIn(page, web(), ACCOUNTS.tapachulaCoordinator, { path: '/cases' });
    const main = page.getByRole('main');
    await main.getByRole('table').or(main.getByText(exactly('es', 'cases:list.none'))).first().waitFor();
    await expect(main.getByText(ALIAS).count()).resolves.toBe(0);
    await page.goto(`${web()}${caseHref}`);
    await main.getByRole('alert').filter({ hasText: exactly('es', 'cases:apiError.CASE.NOT_FOUND') }).waitFor();
    await expectAccessible(page, 'case of another centre');
    await expect(main.innerText()).resolves.not.toContain(ALIAS);
  });

  step("signs out, at the centre's provider too: the next visit asks for the password", async () => {
    const { page, context } = tapachula;
    await page.getByRole('button', { name: exactly('es', 'signOut') }).click();
    // The provider asks whether to end its session on this device (its own page, in the person's language).
    await page.getByRole('button', { name: 'Sí, cerrar sesión' }).click();
    await page.waitForURL((url) => url.pathname.includes('/interaction/'));
    await page.getByLabel(PASSWORD_LABEL).waitFor();
    await context.close();
  });

  it('met no script error, Content-Security-Policy refusal or server error on the way', () => {
    expect(browserErrors).toEqual([]);
  });
});
