import i18next from 'i18next';
import ts from 'typescript';
import { i18nOptions, icuFormat } from './i18n-setup';
import { LANGUAGES, type Language } from './languages';

/**
 * The app's message format at work (i18next + i18next-icu + intl-messageformat, as the app sets
 * them up): plurals and selects in each language, numbers in each language's conventions, and
 * Haitian Creole formatted the same on every machine (browsers have no ht data).
 */
const MESSAGES: Record<Language, Record<string, string>> = {
  es: {
    cases: '{count, plural, =0 {Ningún caso} one {# caso} other {# casos}}',
    welcome: '{gender, select, female {Bienvenida, {name}} male {Bienvenido, {name}} other {Le damos la bienvenida, {name}}}',
  },
  en: {
    cases: '{count, plural, =0 {No cases} one {# case} other {# cases}}',
    welcome: '{gender, select, female {Welcome, {name}} male {Welcome, {name}} other {Welcome, {name}}}',
  },
  ht: {
    cases: '{count, plural, =0 {Okenn dosye} one {# dosye} other {# dosye}}',
    welcome: '{gender, select, female {Byenveni, {name}} male {Byenveni, {name}} other {Byenveni, {name}}}',
  },
  fr: {
    cases: '{count, plural, =0 {Aucun dossier} one {# dossier} other {# dossiers}}',
    welcome: '{gender, select, female {Bienvenue, {name}} male {Bienvenu, {name}} other {Bienvenue, {name}}}',
  },
};

async function instance(language: Language, resources: Record<string, Record<string, Record<string, string>>>) {
  const i18n = i18next.createInstance();
  await i18n.use(icuFormat()).init({ ...i18nOptions(language), react: undefined, resources });
  return i18n;
}

const nbsp = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('ICU messages in the four languages', () => {
  const resources = Object.fromEntries(LANGUAGES.map((language) => [language, { common: MESSAGES[language] }]));

  it.each([
    ['es', ['Ningún caso', '1 caso', '2 casos', '1,500 casos']], // es-MX groups with commas
    ['en', ['No cases', '1 case', '2 cases', '1,500 cases']],
    ['ht', ['Okenn dosye', '1 dosye', '2 dosye', '1 500 dosye']],
    ['fr', ['Aucun dossier', '1 dossier', '2 dossiers', '1 500 dossiers']],
  ] as const)('plurals and numbers in %s', async (language, expected) => {
    const i18n = await instance(language, resources);
    expect([0, 1, 2, 1500].map((count) => nbsp(i18n.t('cases', { count })))).toEqual(expected);
  });

  it.each([
    ['es', ['Bienvenida, Ana', 'Bienvenido, Luis', 'Le damos la bienvenida, Sam']],
    ['fr', ['Bienvenue, Ana', 'Bienvenu, Luis', 'Bienvenue, Sam']],
    ['ht', ['Byenveni, Ana', 'Byenveni, Luis', 'Byenveni, Sam']],
  ] as const)('selects in %s', async (language, expected) => {
    const i18n = await instance(language, resources);
    const said = [
      ['female', 'Ana'],
      ['male', 'Luis'],
      ['not-stated', 'Sam'],
    ].map(([gender, name]) => i18n.t('welcome', { gender, name }));
    expect(said).toEqual(expected);
  });

  it("formats the app's own plural message in every language", async () => {
    const app = `${ts.sys.getCurrentDirectory()}/services/web/src/app`;
    const shown: string[] = [];
    for (const language of LANGUAGES) {
      const text = ts.sys.readFile(`${app}/locales/${language}/common.json`);
      if (text === undefined) throw new Error(`no common.json for ${language}`);
      const i18n = await instance(language, { [language]: { common: JSON.parse(text) as Record<string, string> } });
      shown.push(i18n.t('pager.shown', { count: 1 }), i18n.t('pager.shown', { count: 12 }));
    }
    expect(shown).toEqual([
      'Se muestra 1 elemento',
      'Se muestran 12 elementos',
      '1 item shown',
      '12 items shown',
      '1 eleman parèt',
      '12 eleman parèt',
      '1 élément affiché',
      '12 éléments affichés',
    ]);
  });

  it('switches language: the same key in the new language', async () => {
    const i18n = await instance('es', resources);
    expect(i18n.t('cases', { count: 3 })).toBe('3 casos');
    await i18n.changeLanguage('fr');
    expect(i18n.t('cases', { count: 3 })).toBe('3 dossiers');
  });
});
