import { useMutation, useQueryClient } from '@tanstack/react-query';
import { STAFF_KEY } from './staff-queries';
import type { StaffAccount } from './staff-rules';

/** A change to one account: the answer (the account after it) replaces it in the list at once, then the list is read again. */
export function useAccountChange<Input>(change: (input: Input) => Promise<StaffAccount>, onDone?: (account: StaffAccount) => void) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: (account) => {
      queries.setQueryData<StaffAccount[]>(STAFF_KEY, (list) => list?.map((each) => (each.id === account.id ? account : each)));
      void queries.invalidateQueries({ queryKey: STAFF_KEY });
      onDone?.(account);
    },
  });
}
