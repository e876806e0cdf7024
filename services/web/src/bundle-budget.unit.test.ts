import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGET_BYTES, FIRST_ROUTE, firstScreenKeys, measureAll, report, type Manifest } from './bundle-budget';

// CI builds before it tests (npm test: turbo run build, then jest), so the built app is required here.
const publicDir = join(__dirname, '..', 'dist', 'public');

describe("the first screen's JavaScript", () => {
  it('is under 200 kB compressed in every language', () => {
    if (!existsSync(join(publicDir, '.vite', 'manifest.json'))) throw new Error(`no built app in ${publicDir}: run \`npm run build\` (or cd services/web && npx vite build) first`);
    const screens = measureAll(publicDir);
    const shown = report(screens);
    expect(screens).toHaveLength(4);
    for (const screen of screens) {
      const keys = screen.chunks.map((chunk) => chunk.key);
      expect(keys).toEqual(expect.arrayContaining(['index.html', FIRST_ROUTE, `locales/${screen.language}/common.json`, `locales/${screen.language}/today.json`]));
      expect({ language: screen.language, gzip: screen.total.gzip, under: screen.total.gzip <= BUDGET_BYTES }).toEqual({ language: screen.language, gzip: screen.total.gzip, under: true });
    }
    expect(shown).toContain('total JavaScript');
  });
});

describe('which chunks the first screen loads', () => {
  const manifest: Manifest = {
    'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_vendor.js'], dynamicImports: [FIRST_ROUTE, 'cases/cases-screen.tsx', 'locales/es/common.json'], css: ['assets/index.css'] },
    '_vendor.js': { file: 'assets/vendor.js', imports: ['_shared.js'] },
    '_shared.js': { file: 'assets/shared.js' },
    '_today-only.js': { file: 'assets/today-only.js' },
    [FIRST_ROUTE]: { file: 'assets/today-screen.js', isDynamicEntry: true, imports: ['index.html', '_shared.js', '_today-only.js'] },
    'cases/cases-screen.tsx': { file: 'assets/cases-screen.js', isDynamicEntry: true, imports: ['_charts.js'] },
    '_charts.js': { file: 'assets/charts.js' },
    'locales/es/common.json': { file: 'assets/common-es.js', isDynamicEntry: true },
    'locales/es/today.json': { file: 'assets/today-es.js', isDynamicEntry: true },
    'locales/fr/common.json': { file: 'assets/common-fr.js', isDynamicEntry: true },
  };

  it("counts the entry's static imports, the Today route's, and one language's common and today strings, each once", () => {
    expect(firstScreenKeys(manifest, 'es')).toEqual(['index.html', '_vendor.js', '_shared.js', FIRST_ROUTE, '_today-only.js', 'locales/es/common.json', 'locales/es/today.json']);
  });

  it('fails when a chunk it needs is not in the manifest', () => {
    expect(() => firstScreenKeys(manifest, 'fr')).toThrow('the manifest has no locales/fr/today.json');
  });
});
