import i18next from 'i18next';
import { en } from './locales/en';
import { es, type MessageKey } from './locales/es';
import { fr } from './locales/fr';
import { ht } from './locales/ht';

/** The languages of the sign-in pages; es when nothing else is known. */
export const LANGUAGES = ['es', 'en', 'fr', 'ht'] as const;
export type Language = (typeof LANGUAGES)[number];

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

const i18n = i18next.createInstance();
void i18n.init({
  resources: Object.fromEntries(Object.entries({ es, en, fr, ht }).map(([lng, messages]) => [lng, { translation: messages }])),
  supportedLngs: [...LANGUAGES],
  fallbackLng: 'es',
  initAsync: false,
  keySeparator: false,
  nsSeparator: false,
  // Pages escape everything they print, translations and values alike, in one place (pages/html.ts).
  interpolation: { escapeValue: false },
});

export function translator(language: Language): Translate {
  const t = i18n.getFixedT(language);
  return (key, values) => t(key, values ?? {});
}

/** The supported language a tag names: "fr-CA" is fr, "ht" is ht, "pt-BR" is none. */
export function supportedLanguage(tag: string | undefined | null): Language | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((language) => language === primary) ?? null;
}

/** The first supported language of an Accept-Language header, by quality. */
function fromAcceptLanguage(header: string | undefined): Language | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.split(';');
      const q = Number(params.map((param) => /^\s*q=([0-9.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined) ?? '1');
      return { language: supportedLanguage(tag), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.language !== null && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.language ?? null;
}

export interface LanguageHints {
  /** The person picked one with the language switch. */
  chosen?: string | undefined;
  /** The client's `ui_locales` (space-separated, in order of preference). */
  uiLocales?: string | undefined;
  acceptLanguage?: string | undefined;
  /** The account's preferred language, once the account is known. */
  preferred?: string | undefined;
}

/** The switch, else ui_locales, else Accept-Language, else the account's language, else es. */
export function negotiateLanguage(hints: LanguageHints): Language {
  return (
    supportedLanguage(hints.chosen) ??
    (hints.uiLocales ?? '').split(' ').map(supportedLanguage).find((language) => language !== null) ??
    fromAcceptLanguage(hints.acceptLanguage) ??
    supportedLanguage(hints.preferred) ??
    'es'
  );
}
