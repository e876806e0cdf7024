import { languageName } from './language-name';

describe("a language's name", () => {
  it("is written in the reader's language", () => {
    expect(languageName('ht', 'en-US')).toBe('Haitian Creole');
    expect(languageName('fr', 'es-MX')).toBe('francés');
  });

  it('falls back to the code for a code the browser cannot name or read', () => {
    expect(languageName('not a code', 'en-US')).toBe('not a code');
  });
});
