/**
 * The first screen's JavaScript budget (issue 9: under 200 kB compressed on a poor connection),
 * measured on the built app from Vite's manifest (dist/public/.vite/manifest.json):
 * the entry chunk and every chunk it imports statically, the Today route's chunk and its static
 * imports, and the common and today strings of one language; gzip at the default level, as a
 * server would send them. Every language is measured; the largest must fit.
 *
 *   node services/web/dist/bundle-budget.js [dist/public]   (after `npm run build` in services/web)
 *
 * prints each chunk's size and the total, and exits 1 over budget. CSS is listed, not counted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';

/** 200 kB, in SI kilobytes (the smaller reading of "kB"). */
export const BUDGET_BYTES = 200_000;
export const FIRST_ROUTE = 'today/today-screen.tsx';
export const FIRST_NAMESPACES = ['common', 'today'] as const;
export const LANGUAGES = ['es', 'en', 'ht', 'fr'] as const;

const manifestSchema = z.record(
  z.string(),
  z.object({
    file: z.string(),
    src: z.string().optional(),
    isEntry: z.boolean().optional(),
    isDynamicEntry: z.boolean().optional(),
    imports: z.array(z.string()).optional(),
    dynamicImports: z.array(z.string()).optional(),
    css: z.array(z.string()).optional(),
  }),
);
export type Manifest = z.infer<typeof manifestSchema>;

export function readManifest(publicDir: string): Manifest {
  const path = join(publicDir, '.vite', 'manifest.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: build the app first (cd services/web && npx vite build)`);
  return manifestSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** The manifest keys the first screen loads, in load order: the entry and its static imports, then the route's, then the strings. */
export function firstScreenKeys(manifest: Manifest, language: string): string[] {
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
  if (entries.length !== 1 || !entries[0]) throw new Error(`expected one entry in the manifest, found ${entries.length}`);
  const keys: string[] = [];
  const add = (key: string) => {
    if (keys.includes(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the manifest has no ${key}`);
    keys.push(key);
    for (const imported of chunk.imports ?? []) add(imported);
  };
  add(entries[0][0]);
  add(FIRST_ROUTE);
  for (const namespace of FIRST_NAMESPACES) add(`locales/${language}/${namespace}.json`);
  return keys;
}

export interface ChunkSize {
  key: string;
  file: string;
  bytes: number;
  gzip: number;
}

export interface FirstScreen {
  language: string;
  chunks: ChunkSize[];
  total: { bytes: number; gzip: number };
  /** The stylesheets the same chunks bring (listed, not counted). */
  css: ChunkSize[];
}

function sizeOf(publicDir: string, key: string, file: string): ChunkSize {
  const content = readFileSync(join(publicDir, file));
  return { key, file, bytes: content.length, gzip: gzipSync(content).length };
}

export function measureFirstScreen(publicDir: string, manifest: Manifest, language: string): FirstScreen {
  const keys = firstScreenKeys(manifest, language);
  const chunks = keys.map((key) => sizeOf(publicDir, key, manifest[key]?.file ?? ''));
  const cssFiles = [...new Set(keys.flatMap((key) => manifest[key]?.css ?? []))];
  return {
    language,
    chunks,
    total: { bytes: chunks.reduce((sum, chunk) => sum + chunk.bytes, 0), gzip: chunks.reduce((sum, chunk) => sum + chunk.gzip, 0) },
    css: cssFiles.map((file) => sizeOf(publicDir, file, file)),
  };
}

/** Every language's first screen, the largest first. */
export function measureAll(publicDir: string): FirstScreen[] {
  const manifest = readManifest(publicDir);
  return LANGUAGES.map((language) => measureFirstScreen(publicDir, manifest, language)).sort((a, b) => b.total.gzip - a.total.gzip);
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

export function report(screens: readonly FirstScreen[]): string {
  const largest = screens[0];
  if (!largest) return 'nothing measured\n';
  const lines = [`First screen (${largest.language}, the largest): raw, gzip`];
  for (const chunk of largest.chunks) lines.push(`  ${chunk.file.padEnd(40)} ${kB(chunk.bytes).padStart(10)} ${kB(chunk.gzip).padStart(10)}  ${chunk.key}`);
  lines.push(`  ${'total JavaScript'.padEnd(40)} ${kB(largest.total.bytes).padStart(10)} ${kB(largest.total.gzip).padStart(10)}  budget ${kB(BUDGET_BYTES)}`);
  for (const css of largest.css) lines.push(`  ${css.file.padEnd(40)} ${kB(css.bytes).padStart(10)} ${kB(css.gzip).padStart(10)}  (CSS, not counted)`);
  lines.push(`By language (gzip): ${screens.map((screen) => `${screen.language} ${kB(screen.total.gzip)}`).join(', ')}`);
  return `${lines.join('\n')}\n`;
}

if (require.main === module) {
  const publicDir = resolve(process.argv[2] ?? join(__dirname, '..', 'dist', 'public'));
  const screens = measureAll(publicDir);
  process.stdout.write(report(screens));
  const largest = screens[0];
  if (largest && largest.total.gzip > BUDGET_BYTES) {
    process.stderr.write(`Over budget: ${kB(largest.total.gzip)} > ${kB(BUDGET_BYTES)}\n`);
    process.exit(1);
  }
}
