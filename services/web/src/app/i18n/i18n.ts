import i18next, { type BackendModule, type ReadCallback } from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from './languages';

// Each language's namespaces are separate chunks: a person downloads only their language's strings, area by area.
const files = import.meta.glob<{ default: Record<string, unknown> }>('../locales/*/*.json');

const localeFiles: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language: string, namespace: string, callback: ReadCallback) {
    const load = files[`../locales/${language}/${namespace}.json`];
    if (!load) return callback(new Error(`no strings for ${language}/${namespace}`), false);
    load().then(
      (module) => callback(null, module.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

/** ICU messages (plurals, selects for gender), es first; unknown keys show as keys (the locale test forbids them). */
export async function startI18n(language: Language): Promise<typeof i18next> {
  await i18next
    .use(ICU)
    .use(localeFiles)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: false,
      supportedLngs: [...LANGUAGES],
      ns: ['common'],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      react: { useSuspense: true },
      returnNull: false,
    });
  return i18next;
}
