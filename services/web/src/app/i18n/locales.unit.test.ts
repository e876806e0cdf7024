/**
 * The locale files and the sources that use them.
 *
 * Files (src/app/locales/<language>/<namespace>.json, for es, en, ht and fr and every namespace):
 * - the same keys in every language as in es (nested keys flattened to `a.b.c`; `$review` ignored);
 * - every message is valid ICU (as i18next-icu parses it: tags are text, plural and select need
 *   `other`) and uses the same arguments as es: `{name}`, never i18next's `{{name}}`;
 * - ht and fr files start with `"$review"` (a native speaker has to review them); es and en have none.
 *
 * Sources: every .ts and .tsx under src/app except api/generated/, *.test.ts(x), *.d.ts and this
 * check (i18n/locale-check.ts), read with TypeScript's parser (comments do not count). The rule:
 * 1. A file's namespaces are its folder's (`cases/…` → cases, `intake/…` → intake; shell/, ui/,
 *    session/, i18n/, api/ and the root → common) plus every namespace it names in
 *    `useTranslation('ns')` or `useTranslation(['ns', 'common'])` (no argument: common). The
 *    namespace must be a literal.
 * 2. `t('a.b')` — `t` or any name destructured from useTranslation (`const { t: tc } =
 *    useTranslation('common')`) — must name a key of that call's namespaces (for a plain `t` not
 *    from useTranslation in this file, the file's namespaces); `t('common:a.b')` or
 *    `t('a.b', { ns: 'common' })` names one. So must `i18n.t('…')` and `<Trans i18nKey="…">`.
 *    A key built at run time (`t(\`status.${s}\`)`, `t('status.' + s)`) fails: map the values to
 *    literal keys instead (`const STATUS = { open: 'status.open', … } as const; t(STATUS[s])`);
 *    `t(cond ? 'a' : 'b')` is fine, both literals are checked.
 * 3. `t(MAP[value])` and `t(MAP[value].key)`, where MAP is a `const` object literal in the same file
 *    (`as const` and `satisfies` are fine), check every string MAP holds there as in rule 2: a typo
 *    in a map of keys fails where it is written.
 * 4. Any string literal in a file that equals a key of one of the file's namespaces (or is written
 *    `ns:key`) counts as a use of that key: that is how maps passed around (or built into arrays
 *    of options) count. A literal that is not a key is just text: field paths such as
 *    'person.name' may share a key's shape.
 * 5. Every key in the files must be used somewhere (rules 2 to 4): unused keys fail. Delete a
 *    string when you delete its last use.
 */
import ts from 'typescript';
import { checkLocaleFiles, REVIEW_KEY, scanSources, unusedKeys, type LocaleFile, type SourceFile } from './locale-check';
import { LANGUAGES, NAMESPACES } from './languages';

const NEED_REVIEW = ['ht', 'fr'];

function appDirectory(): string {
  let directory = ts.sys.getCurrentDirectory();
  for (;;) {
    const candidate = `${directory}/services/web/src/app`;
    if (ts.sys.directoryExists(candidate)) return candidate;
    const parent = directory.slice(0, directory.lastIndexOf('/'));
    if (parent === directory || parent === '') throw new Error('run from the repository: services/web/src/app not found');
    directory = parent;
  }
}

function read(path: string): string {
  const text = ts.sys.readFile(path);
  if (text === undefined) throw new Error(`cannot read ${path}`);
  return text;
}

const defaultNamespace = (path: string): string => {
  const folder = path.split('/')[0] ?? '';
  return (NAMESPACES as readonly string[]).includes(folder) ? folder : 'common';
};

const checkOptions = { languages: LANGUAGES, namespaces: NAMESPACES, reference: 'es', needReview: NEED_REVIEW };
const scanOptions = { defaultNamespace, defaultNS: 'common' };

function check(files: LocaleFile[], sources: SourceFile[]): { files: string[]; sources: string[]; unused: string[] } {
  const locales = checkLocaleFiles(files, checkOptions);
  const scan = scanSources(sources, locales.catalog, scanOptions);
  return { files: locales.problems, sources: scan.problems, unused: unusedKeys(locales.catalog, scan.used) };
}

describe('the locale files and the sources', () => {
  const app = appDirectory();
  const files: LocaleFile[] = [];
  for (const language of LANGUAGES) {
    for (const namespace of NAMESPACES) {
      const path = `${app}/locales/${language}/${namespace}.json`;
      if (ts.sys.fileExists(path)) files.push({ language, namespace, json: JSON.parse(read(path)) as unknown });
    }
  }
  const sources: SourceFile[] = ts.sys
    .readDirectory(app, ['.ts', '.tsx'])
    .map((path) => path.slice(app.length + 1))
    .filter((path) => !path.startsWith('api/generated/') && !/\.test\.tsx?$/.test(path) && !path.endsWith('.d.ts') && path !== 'i18n/locale-check.ts')
    .map((path) => ({ path, text: read(`${app}/${path}`) }));
  const result = check(files, sources);

  it('finds the app and its locale files', () => {
    expect(sources.map((source) => source.path)).toContain('shell/layout.tsx');
    expect(files).toHaveLength(LANGUAGES.length * NAMESPACES.length);
  });

  it('has the same keys, valid ICU and the same arguments in every language, and review markers in ht and fr', () => {
    expect(result.files).toEqual([]);
  });

  it('has every key the sources use, and no key built at run time', () => {
    expect(result.sources).toEqual([]);
  });

  it('has no key that no source uses', () => {
    expect(result.unused).toEqual([]);
  });
});

describe('the checks themselves (in-memory fixtures)', () => {
  const review = (language: string) => (NEED_REVIEW.includes(language) ? { [REVIEW_KEY]: 'needs a native speaker' } : {});
  /** Every language and namespace with the same messages, then a change to one file. */
  const filesWith = (messages: Record<string, unknown>, change?: { language: string; namespace: string; json: Record<string, unknown> }): LocaleFile[] =>
    LANGUAGES.flatMap((language) =>
      NAMESPACES.map((namespace) => {
        const json = change && change.language === language && change.namespace === namespace ? change.json : namespace === 'cases' ? messages : {};
        return { language, namespace, json: { ...review(language), ...json } };
      }),
    );
  const messages = { title: 'Casos', status: { open: 'Abierto', closed: 'Cerrado' }, count: '{count, plural, one {# caso} other {# casos}}' };
  const screen = (body: string): SourceFile => ({
    path: 'cases/cases-screen.tsx',
    text: `import { useTranslation } from 'react-i18next';\nconst STATUS = { open: 'status.open', closed: 'status.closed' } as const;\nexport function X({ s, n }: { s: 'open' | 'closed'; n: number }) {\n  const { t } = useTranslation('cases');\n  ${body}\n}\n`,
  });
  const allUsed = "return <p>{t('title')} {t(STATUS[s])} {t('count', { count: n })}</p>;";

  it('passes files and sources that agree', () => {
    expect(check(filesWith(messages), [screen(allUsed)])).toEqual({ files: [], sources: [], unused: [] });
  });

  it('fails on a key used in the source but missing from the files', () => {
    const result = check(filesWith(messages), [screen("return <p>{t('title')} {t('subtitle')} {t(STATUS[s])} {t('count', { count: n })}</p>;")]);
    expect(result.sources).toEqual([expect.stringContaining("t('subtitle'): no such key in cases")]);
  });

  it('fails on a typo in a map of keys', () => {
    const source = screen(allUsed);
    const result = check(filesWith(messages), [{ ...source, text: source.text.replace("closed: 'status.closed'", "closed: 'status.closd'") }]);
    expect(result.sources).toEqual([expect.stringContaining("t('status.closd'): no such key in cases")]);
    expect(result.unused).toEqual(['cases:status.closed']);
  });

  it('checks maps of records too, and leaves other key-shaped text alone', () => {
    const text = `import { useTranslation } from 'react-i18next';
const LEVEL = { open: { key: 'status.open', tone: 'info' }, closed: { key: 'status.closd', tone: 'neutral' } } as const;
const FIELD = 'status.reason';
export function X({ s, n }: { s: 'open' | 'closed'; n: number }) {
  const { t } = useTranslation('cases');
  return <p data-field={FIELD}>{t('title')} {t(LEVEL[s].key)} {t('count', { count: n })} {t('status.closed')}</p>;
}
`;
    expect(check(filesWith(messages), [{ path: 'cases/level.tsx', text }]).sources).toEqual([expect.stringContaining("t('status.closd'): no such key in cases")]);
  });

  it('fails on a key in the files that no source uses', () => {
    const result = check(filesWith(messages), [screen("return <p>{t('title')} {t(STATUS[s])}</p>;")]);
    expect(result.unused).toEqual(['cases:count']);
  });

  it('fails on a key built at run time', () => {
    const result = check(filesWith(messages), [screen(`return <p>{t('title')} {t(\`status.\${s}\`)} {t(STATUS[s])} {t('count', { count: n })}</p>;`)]);
    expect(result.sources).toEqual([expect.stringContaining('a key built at run time')]);
  });

  it('reads namespaces from useTranslation, renamed t functions and ns: prefixes', () => {
    const common = { loading: 'Cargando…', unused: 'x' };
    const files = filesWith(messages).map((file) => (file.namespace === 'common' ? { ...file, json: { ...review(file.language), ...common } } : file));
    const text = screen(allUsed).text.replace("const { t } = useTranslation('cases');", "const { t } = useTranslation('cases');\n  const { t: tc } = useTranslation('common');\n  tc('loading');\n  tc('title');");
    const result = check(files, [{ path: 'cases/cases-screen.tsx', text }]);
    expect(result.sources).toEqual([expect.stringContaining("t('title'): no such key in common")]);
    expect(result.unused).toEqual(['common:unused']);
    expect(check(files, [{ path: 'cases/cases-screen.tsx', text: text.replace("tc('title');", "t('common:unused');") }])).toEqual({ files: [], sources: [], unused: [] });
  });

  it('fails on a key missing in one language, or one only that language has', () => {
    const { status: _status, ...withoutStatus } = messages;
    expect(check(filesWith(messages, { language: 'ht', namespace: 'cases', json: { ...withoutStatus, status: { open: 'Louvri' } } }), [screen(allUsed)]).files).toEqual([
      'locales/ht/cases.json: missing status.closed (in es)',
    ]);
    expect(check(filesWith(messages, { language: 'en', namespace: 'cases', json: { ...messages, extra: 'More' } }), [screen(allUsed)]).files).toEqual([
      'locales/en/cases.json: has extra, which es has not',
    ]);
  });

  it('fails on a message that is not ICU, and on different arguments', () => {
    const broken = check(filesWith(messages, { language: 'fr', namespace: 'cases', json: { ...messages, title: 'Dossiers de {{name}}' } }), [screen(allUsed)]);
    expect(broken.files).toEqual([expect.stringContaining('locales/fr/cases.json: "title" is not a valid ICU message')]);
    const noOther = check(filesWith(messages, { language: 'en', namespace: 'cases', json: { ...messages, count: '{count, plural, one {# case}}' } }), [screen(allUsed)]);
    expect(noOther.files).toEqual([expect.stringContaining('"count" is not a valid ICU message')]);
    const renamed = check(filesWith(messages, { language: 'en', namespace: 'cases', json: { ...messages, count: '{total, plural, one {# case} other {# cases}}' } }), [screen(allUsed)]);
    expect(renamed.files).toEqual(['locales/en/cases.json: "count" uses {total} but es uses {count}']);
  });

  it('fails when ht or fr does not start with the review marker, or es carries one', () => {
    const files = filesWith(messages).map((file) =>
      file.language === 'fr' && file.namespace === 'cases' ? { ...file, json: { ...messages, [REVIEW_KEY]: 'later' } } : file.language === 'es' && file.namespace === 'today' ? { ...file, json: { [REVIEW_KEY]: 'no' } } : file,
    );
    expect(check(files, [screen(allUsed)]).files).toEqual([
      'locales/es/today.json: has "$review", which only fr, ht files carry',
      'locales/fr/cases.json: must start with "$review": a note that a native speaker has to review it',
    ]);
  });
});
