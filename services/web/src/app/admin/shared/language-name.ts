/**
 * A language's name in the reader's language ("ht" → "Haitian Creole" for an English reader,
 * "criollo haitiano" for a Spanish one); the code itself when the browser does not know it.
 */
export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}
