import { IntlMessageFormat } from 'intl-messageformat';
import en from '../locales/en/partners.json';
import es from '../locales/es/partners.json';
import fr from '../locales/fr/partners.json';
import ht from '../locales/ht/partners.json';
import { LANGUAGE_LABEL, languageKey, SERVICE_LABEL } from './partner-labels';

const LOCALES = { en, es, fr, ht } as const;

/** Every message of a file, by its dotted key ($review, the note to translators, aside). */
function flatten(node: unknown, prefix = ''): Record<string, string> {
  if (typeof node === 'string') return { [prefix]: node };
  if (typeof node !== 'object' || node === null) return {};
  return Object.assign({}, ...Object.entries(node).filter(([key]) => key !== '$review').map(([key, value]) => flatten(value, prefix ? `${prefix}.${key}` : key)));
}

describe("the partner directory's strings", () => {
  it('have the same keys in every language, each a valid ICU message', () => {
    const keys = Object.keys(flatten(en)).sort();
    for (const [language, messages] of Object.entries(LOCALES)) {
      const flat = flatten(messages);
      expect(Object.keys(flat).sort()).toEqual(keys);
      for (const message of Object.values(flat)) expect(() => new IntlMessageFormat(message, language)).not.toThrow();
    }
  });

  it('name every service and offered language in every language', () => {
    const flat = flatten(es);
    for (const key of [...Object.values(SERVICE_LABEL), ...Object.values(LANGUAGE_LABEL)]) expect([key, typeof flat[key]]).toEqual([key, 'string']);
  });

  it('find our own name of a language whatever its case, and leave others to the browser', () => {
    expect(languageKey('HT')).toBe('language.ht');
    expect(languageKey('tzo')).toBeNull();
    expect(languageKey('constructor')).toBeNull();
  });

  it("keep the translators' note first in the files that need a native speaker's review", () => {
    expect(Object.keys(ht)[0]).toBe('$review');
    expect(Object.keys(fr)[0]).toBe('$review');
  });
});
