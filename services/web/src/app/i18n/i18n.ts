import i18next, { type BackendModule, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { i18nOptions, icuFormat } from './i18n-setup';
import type { Language, Namespace } from './languages';

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

/**
 * ICU messages (plurals, selects for gender) through i18next-icu and intl-messageformat, formatted
 * with the language's Intl locale (ht as fr-HT: see INTL_LOCALES). Unknown keys show as keys (the
 * locale test forbids them). `useTranslation('<ns>')` suspends until the namespace has loaded;
 * `<html lang>` follows every language change.
 */
export async function startI18n(language: Language): Promise<typeof i18next> {
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  await i18next.use(icuFormat()).use(localeFiles).use(initReactI18next).init(i18nOptions(language));
  return i18next;
}

/**
 * Loads an area's strings: call it beside the screen's import in a route's `lazy`, so the strings
 * and the code download together instead of one after the other:
 * `lazy: async () => { const [screen] = await Promise.all([import('./x-screen'), loadNamespace('x')]); return { Component: screen.XScreen }; }`
 */
export async function loadNamespace(namespace: Namespace): Promise<void> {
  await i18next.loadNamespaces(namespace);
}

/** Switches the app's language (the strings of every namespace in use load first). */
export async function switchLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
}
