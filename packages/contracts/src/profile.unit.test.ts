import { nameMatchKey, personNameSchema } from './index';

const refusal = (value: string) => {
  const parsed = personNameSchema.safeParse(value);
  return parsed.success ? null : parsed.error.issues.map((issue) => issue.message);
};

describe('a person name', () => {
  it('is stored trimmed and in NFC, as it is shown', () => {
    expect(personNameSchema.parse('  Jose\u0301 Pe\u0301rez ')).toBe('Jos\u00e9 P\u00e9rez');
    expect(personNameSchema.parse("K'iche' Ixchel Tz'ul")).toBe("K'iche' Ixchel Tz'ul");
    expect(personNameSchema.parse('玛丽 约瑟夫')).toBe('玛丽 约瑟夫');
    expect(personNameSchema.parse('김 민준')).toBe('김 민준');
    expect(personNameSchema.parse('Marie-Joseph 2')).toBe('Marie-Joseph 2');
  });

  it.each([
    ['a zero-width space', 'Ma\u200Brie'],
    ['a right-to-left override', 'Marie \u202EhpesoJ'],
    ['a Hangul choseong filler', 'Marie\u115F'],
    ['a Hangul jungseong filler', 'Marie\u1160'],
    ['a Hangul filler', 'Marie\u3164'],
    ['a halfwidth Hangul filler', 'Marie\uFFA0'],
    ['only a filler (which Unicode counts as a letter)', '\u3164'],
    ['a blank Braille pattern', 'Marie\u2800'],
    ['a combining grapheme joiner', 'Ma\u034Frie'],
    ['a variation selector', 'Marie\uFE0F'],
    ['the first variation selector', 'Marie\uFE00'],
    ['an object replacement character', 'Marie\uFFFC'],
    ['a tag character', 'Marie\u{E0041}'],
    ['the first tag block character', 'Marie\u{E0000}'],
    ['the language tag', 'Marie\u{E0001}'],
    ['the cancel tag', 'Marie\u{E007F}'],
  ])('refuses %s, which hides what is stored', (_what, name) => {
    expect(refusal(name)).toEqual(['must not contain control, invisible or text-direction characters']);
  });

  it.each([
    ['only a blank Braille pattern', '\u2800'],
    ['only combining accents', '\u0301\u0301'],
    ['only digits and punctuation', '12-34'],
  ])('refuses %s: a name holds at least one letter', (_what, name) => {
    expect(refusal(name)).toContain('must contain at least one letter');
  });

  it('still refuses an empty or overlong name', () => {
    expect(refusal('   ')).toEqual(['must not be empty']);
    expect(refusal('a'.repeat(121))).toEqual(['must be at most 120 characters']);
  });
});

describe('a name folded for matching', () => {
  it('ignores accents, case and repeated spaces', () => {
    expect(nameMatchKey('José  Pérez')).toBe('jose perez');
    expect(nameMatchKey('MARIE-JOSEPH')).toBe('marie joseph');
  });
});
