import { AGE_BANDS, CASE_OUTCOMES, CASE_PRIORITIES, CASE_STATUSES, LABOUR_AUTHORITIES, LABOUR_CLAIM_STATUSES, LABOUR_CLAIM_TYPES, MIGRATORY_STATUSES, PARTNER_SERVICES, REFERRAL_STATUSES, RISK_LEVELS, RISK_SCREENS, SERVICE_TYPES, SEXES } from '@corredor/contracts';
import { IntlMessageFormat } from 'intl-messageformat';
import en from '../locales/en/reports.json';
import es from '../locales/es/reports.json';
import fr from '../locales/fr/reports.json';
import ht from '../locales/ht/reports.json';
import { AMOUNT_LABEL, BY_DIMENSION_LABEL, CATEGORY_LABEL, DIMENSION_LABEL, INDICATOR_DESCRIPTION, INDICATOR_LABEL, NOT_RECORDED, PERIOD_KIND_LABEL, UNIT_LABEL, categoryKey } from './report-labels';

const LOCALES = { en, es, fr, ht } as const;

function messageAt(messages: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined), messages);
}

/** Every message of a file, by its dotted key ($review, the note to translators, aside). */
function flatten(node: unknown, prefix = ''): Record<string, string> {
  if (typeof node === 'string') return { [prefix]: node };
  if (typeof node !== 'object' || node === null) return {};
  return Object.assign({}, ...Object.entries(node).filter(([key]) => key !== '$review').map(([key, value]) => flatten(value, prefix ? `${prefix}.${key}` : key)));
}

const mapped = (labels: Readonly<Record<string, string>>) => Object.keys(labels).sort();

describe("the reports' labels", () => {
  it('name every category the services count, so no code reaches the screen as it is', () => {
    expect(mapped(CATEGORY_LABEL.sex)).toEqual([...SEXES].sort());
    expect(mapped(CATEGORY_LABEL.ageBand)).toEqual([...AGE_BANDS].sort());
    expect(mapped(CATEGORY_LABEL.migratoryStatus)).toEqual([...MIGRATORY_STATUSES, NOT_RECORDED].sort());
    expect(mapped(CATEGORY_LABEL.priority)).toEqual([...CASE_PRIORITIES].sort());
    expect(mapped(CATEGORY_LABEL.status)).toEqual([...CASE_STATUSES].sort());
    expect(mapped(CATEGORY_LABEL.outcome)).toEqual([...CASE_OUTCOMES].sort());
    expect(mapped(CATEGORY_LABEL.serviceType)).toEqual([...SERVICE_TYPES].sort());
    expect(mapped(CATEGORY_LABEL.need)).toEqual([...PARTNER_SERVICES].sort());
    expect(mapped(CATEGORY_LABEL.referralStatus)).toEqual([...REFERRAL_STATUSES].sort());
    expect(mapped(CATEGORY_LABEL.claimType)).toEqual([...LABOUR_CLAIM_TYPES].sort());
    expect(mapped(CATEGORY_LABEL.authority)).toEqual([...LABOUR_AUTHORITIES].sort());
    expect(mapped(CATEGORY_LABEL.claimStatus)).toEqual([...LABOUR_CLAIM_STATUSES].sort());
    expect(mapped(CATEGORY_LABEL.screen)).toEqual([...RISK_SCREENS].sort());
    expect(mapped(CATEGORY_LABEL.level)).toEqual([...RISK_LEVELS].sort());
  });

  it('find the label of a listed category, and none for a code they do not list', () => {
    expect(categoryKey('sex', 'female')).toBe('category.sex.female');
    expect(categoryKey('flag', 'trafficking.documents-withheld')).toBe('category.flag.trafficking.documents-withheld');
    expect(categoryKey('nationality', 'HT')).toBeNull();
    expect(categoryKey('sex', 'toString')).toBeNull();
    expect(categoryKey('nowhere', 'female')).toBeNull();
  });

  const keys = [
    ...Object.values(INDICATOR_LABEL),
    ...Object.values(INDICATOR_DESCRIPTION),
    ...Object.values(UNIT_LABEL),
    ...Object.values(DIMENSION_LABEL),
    ...Object.values(BY_DIMENSION_LABEL),
    ...Object.values(PERIOD_KIND_LABEL),
    ...Object.values(AMOUNT_LABEL),
    ...Object.values(CATEGORY_LABEL).flatMap((labels: Readonly<Record<string, string>>) => Object.values(labels)),
  ];

  it.each(Object.entries(LOCALES))('have every label in %s, each a valid ICU message', (language, messages) => {
    for (const key of keys) {
      const message = messageAt(messages, key);
      expect([key, typeof message]).toEqual([key, 'string']);
      expect(() => new IntlMessageFormat(String(message), language).format({ count: 2, n: '2', code: 'x' })).not.toThrow();
    }
  });

  it('have the same keys in every language, each message valid ICU, the translators\' note first where a review is needed', () => {
    const keys = Object.keys(flatten(en)).sort();
    for (const [language, messages] of Object.entries(LOCALES)) {
      const flat = flatten(messages);
      expect(Object.keys(flat).sort()).toEqual(keys);
      for (const message of Object.values(flat)) expect(() => new IntlMessageFormat(message, language)).not.toThrow();
    }
    expect(Object.keys(ht)[0]).toBe('$review');
    expect(Object.keys(fr)[0]).toBe('$review');
  });

  it('count with each unit in every language', () => {
    for (const [language, messages] of Object.entries(LOCALES)) {
      const person = new IntlMessageFormat(String(messageAt(messages, UNIT_LABEL.person)), language);
      expect(person.format({ count: 3, n: '3' })).toMatch(/^3 \S+/);
    }
    expect(new IntlMessageFormat(String(messageAt(en, UNIT_LABEL.person)), 'en').format({ count: 1, n: '1' })).toBe('1 person');
    expect(new IntlMessageFormat(String(messageAt(es, UNIT_LABEL.closure)), 'es').format({ count: 2, n: '2' })).toBe('2 cierres');
  });
});
