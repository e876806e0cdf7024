import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The app's own strings (src/app/locales/<language>/<namespace>.json): the tests find controls by
 * the labels a person reads, in the language the screen is in, and follow the screens' wording.
 */
export type Language = 'es' | 'en' | 'ht' | 'fr';
export const LANGUAGES: readonly Language[] = ['es', 'en', 'ht', 'fr'];

const LOCALES = path.resolve(__dirname, '../app/locales');
const cache = new Map<string, Record<string, unknown>>();

function messages(language: Language, namespace: string): Record<string, unknown> {
  const file = path.join(LOCALES, language, `${namespace}.json`);
  let loaded = cache.get(file);
  if (!loaded) {
    loaded = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    cache.set(file, loaded);
  }
  return loaded;
}

/** The message at `namespace:a.b.c` in a language, as written (ICU placeholders included). */
export function message(language: Language, key: string): string {
  const [namespace = '', dotted = ''] = key.includes(':') ? key.split(':', 2) : ['common', key];
  let value: unknown = messages(language, namespace);
  for (const part of dotted.split('.')) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined;
  if (typeof value !== 'string') throw new Error(`no string ${namespace}:${dotted} in ${language}`);
  return value;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A message's text with every ICU argument (`{name}`, `{count, plural, ...}`) replaced by `.+?`. */
function pattern(icu: string): string {
  let out = '';
  let depth = 0;
  let literal = '';
  for (const char of icu) {
    if (char === '{') {
      if (depth === 0) {
        out += `${escape(literal)}.+?`;
        literal = '';
      }
      depth++;
    } else if (char === '}') {
      depth--;
    } else if (depth === 0) {
      literal += char;
    }
  }
  return out + escape(literal);
}

/**
 * Matches the whole of a message as shown (arguments filled in), for getByRole/getByLabel names; a
 * required field's marker (" *") may follow.
 */
export function exactly(language: Language, key: string): RegExp {
  return new RegExp(`^\\s*${pattern(message(language, key))}(\\s*\\*)?\\s*$`);
}

/** Matches a message anywhere in a text (arguments filled in). */
export function containing(language: Language, key: string): RegExp {
  return new RegExp(pattern(message(language, key)));
}

/** A message with its simple arguments (`{name}`) filled in. */
export function filled(language: Language, key: string, values: Record<string, string>): string {
  return message(language, key).replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
