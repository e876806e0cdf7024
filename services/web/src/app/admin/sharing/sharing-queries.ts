import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '../../api/clients';
import { unwrap } from '../../api/problem';
import type { SharingAgreement } from './agreement-form';

export const AGREEMENTS_KEY = ['reporting', 'sharing-agreements'] as const;

/** The centre's agreements, newest first, a page at a time. */
export function useAgreements() {
  return useInfiniteQuery({
    queryKey: [...AGREEMENTS_KEY, 'all'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => unwrap(api.reporting.GET('/sharing-agreements', { params: { query: { limit: 25, ...(pageParam ? { cursor: pageParam } : {}) } } })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** The centre's active agreements: one per network at most, so few. */
export function useActiveAgreements() {
  return useQuery({
    queryKey: [...AGREEMENTS_KEY, 'active'],
    queryFn: async (): Promise<SharingAgreement[]> => (await unwrap(api.reporting.GET('/sharing-agreements', { params: { query: { status: 'active', limit: 100 } } }))).items,
  });
}
