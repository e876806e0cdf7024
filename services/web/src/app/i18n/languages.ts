/** The languages the app speaks. ht and fr await a native speaker's review (see their files). */
export const LANGUAGES = ['es', 'en', 'ht', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in itself, for the language picker. */
export const LANGUAGE_NAMES: Record<Language, string> = { es: 'Español', en: 'English', ht: 'Kreyòl ayisyen', fr: 'Français' };

export const isLanguage = (value: unknown): value is Language => typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/**
 * The locale Intl formats each language with: dates, numbers and ICU plural rules. Browsers carry no
 * Haitian Creole data (CLDR has neither its plural rules nor its month names), and an unknown locale
 * silently becomes the laptop's own; Haitian French conventions are what a Kreyòl reader in Haiti
 * sees in print, so ht formats as fr-HT everywhere, the same on every machine.
 */
export const INTL_LOCALES: Record<Language, string> = { es: 'es-MX', en: 'en-US', ht: 'fr-HT', fr: 'fr-FR' };

export const intlLocaleOf = (language: string): string => (isLanguage(language) ? INTL_LOCALES[language] : language);

/** The i18next namespaces: one per area, so an area's strings load with its code. */
export const NAMESPACES = ['common', 'today', 'intake', 'cases', 'partners', 'reports', 'admin'] as const;
export type Namespace = (typeof NAMESPACES)[number];
