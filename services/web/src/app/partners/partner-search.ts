import type { Partner } from './partner-labels';

/** Text folded for searching: "Casa del Migrante" is found by "casa del migrante" and "migrante". */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Whether a partner's name or description holds every word searched for, accents and case aside. */
export function matchesSearch(partner: Pick<Partner, 'name' | 'description'>, search: string): boolean {
  const words = fold(search).split(' ').filter((word) => word !== '');
  if (words.length === 0) return true;
  const haystack = fold(`${partner.name} ${partner.description ?? ''}`);
  return words.every((word) => haystack.includes(word));
}

/** The service filter a page address holds (`?service=shelter`), when it is one the directory knows. */
export function serviceFromSearch<S extends string>(search: URLSearchParams, services: readonly S[]): S | null {
  const value = search.get('service');
  return value !== null && (services as readonly string[]).includes(value) ? (value as S) : null;
}
