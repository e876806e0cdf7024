import { negotiateLanguage, translator } from './i18n';
import { en } from './locales/en';
import { es, type MessageKey } from './locales/es';
import { fr } from './locales/fr';
import { ht } from './locales/ht';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe('sign-in page translations', () => {
  it.each([
    ['en', en],
    ['fr', fr],
    ['ht', ht],
  ])('%s fills in the same values as Spanish in every message, and translates it', (_language, messages) => {
    for (const key of Object.keys(es) as MessageKey[]) {
      expect({ key, values: placeholders(messages[key]) }).toEqual({ key, values: placeholders(es[key]) });
      expect(messages[key].trim()).not.toBe('');
    }
  });

  it('fills in values without escaping them (the page escapes everything once)', () => {
    expect(translator('ht')('consent.intro', { client: 'A & B' })).toBe('A & B ap mande pèmisyon pou:');
  });

  it('picks the switch, then ui_locales, then Accept-Language by quality, then the account, then Spanish', () => {
    expect(negotiateLanguage({ chosen: 'ht', uiLocales: 'fr', acceptLanguage: 'en' })).toBe('ht');
    expect(negotiateLanguage({ uiLocales: 'pt-BR fr-CA', acceptLanguage: 'en' })).toBe('fr');
    expect(negotiateLanguage({ acceptLanguage: 'pt;q=1, en;q=0.3, fr;q=0.8' })).toBe('fr');
    expect(negotiateLanguage({ acceptLanguage: 'pt-BR', preferred: 'en' })).toBe('en');
    expect(negotiateLanguage({ acceptLanguage: 'de', preferred: 'mam' })).toBe('es');
  });
});
