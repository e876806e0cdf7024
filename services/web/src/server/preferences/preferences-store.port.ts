/** The languages the app speaks (the app's i18n/languages.ts says the same). */
export const LANGUAGES = ['es', 'en', 'ht', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** What a person chose for themselves, kept across sign-ins and devices. */
export interface Preferences {
  language: Language;
}

/** People's preferences by their user id (the token's `sub`). */
export interface PreferencesStore {
  find(userId: string): Promise<Preferences | null>;
  save(userId: string, preferences: Preferences): Promise<void>;
  isReachable(): Promise<boolean>;
}
