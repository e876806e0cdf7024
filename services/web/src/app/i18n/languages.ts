/** The languages the app speaks. ht and fr await a native speaker's review (see their files). */
export const LANGUAGES = ['es', 'en', 'ht', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in itself, for the language picker. */
export const LANGUAGE_NAMES: Record<Language, string> = { es: 'Español', en: 'English', ht: 'Kreyòl ayisyen', fr: 'Français' };

export const isLanguage = (value: unknown): value is Language => typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/** The i18next namespaces: one per area, so an area's strings load with its code. */
export const NAMESPACES = ['common', 'today', 'intake', 'cases', 'partners', 'reports', 'admin'] as const;
export type Namespace = (typeof NAMESPACES)[number];
