import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/clients';
import { unwrap } from '../../api/problem';
import type { StaffAccount } from './staff-rules';

export const STAFF_KEY = ['centre', 'staff'] as const;

/** Every account of the centre (a handful: the pages are read through at once), by name. */
async function allStaff(): Promise<StaffAccount[]> {
  const accounts: StaffAccount[] = [];
  let cursor: string | undefined;
  do {
    const page = await unwrap(api.centre.GET('/staff', { params: { query: { limit: 200, ...(cursor ? { cursor } : {}) } } }));
    accounts.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return accounts;
}

export function useStaff() {
  return useQuery({ queryKey: STAFF_KEY, queryFn: allStaff });
}
