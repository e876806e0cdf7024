import { useInfiniteQuery, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../api/clients';
import { unwrap } from '../api/problem';
import type { Case } from './case-api.types';

/** Query keys of this area: each starts with the service that answers it. */
export const caseKeys = {
  list: ['case', 'cases'] as const,
  case: (id: string) => ['case', 'case', id] as const,
  timeline: (id: string) => ['case', 'timeline', id] as const,
  services: (id: string) => ['case', 'services', id] as const,
  claims: (id: string) => ['case', 'claims', id] as const,
  tasks: (id: string) => ['case', 'tasks', id] as const,
  notes: (id: string) => ['case', 'notes', id] as const,
  transfers: ['case', 'transfers'] as const,
  referrals: (id: string) => ['referral', 'referrals', id] as const,
  partners: (need: string) => ['referral', 'partners', need] as const,
};

export function useCase(id: string) {
  return useQuery({ queryKey: caseKeys.case(id), queryFn: () => unwrap(api.case.GET('/cases/{id}', { params: { path: { id } } })) });
}

/**
 * After a change on a case: the case itself, its timeline and the lists it shows in are read
 * again, with whatever section changed (`also`). A change that answered with the case (close,
 * sign-off, assign...) shows it at once with `useCaseUpdated`.
 */
export function useCaseChanged(id: string): (...also: QueryKey[]) => Promise<void> {
  const client = useQueryClient();
  return useCallback(
    async (...also: QueryKey[]) => {
      await Promise.all([caseKeys.case(id), caseKeys.timeline(id), caseKeys.list, ...also].map((queryKey) => client.invalidateQueries({ queryKey })));
    },
    [client, id],
  );
}

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** A cursor-paged list as one array, with "load more". */
export function usePagedList<T>(queryKey: QueryKey, fetchPage: (cursor: string | undefined) => Promise<Page<T>>, enabled = true) {
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: Page<T>) => last.nextCursor ?? undefined,
    enabled,
  });
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  return { ...query, items };
}

/** A change that answered with the case: shown at once, then everything that depends on it read again. */
export function useCaseUpdated(id: string): (updated: Case, ...also: QueryKey[]) => Promise<void> {
  const client = useQueryClient();
  const changed = useCaseChanged(id);
  return useCallback(
    async (updated: Case, ...also: QueryKey[]) => {
      client.setQueryData(caseKeys.case(id), updated);
      await changed(...also);
    },
    [client, changed, id],
  );
}
