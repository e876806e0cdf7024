/** Cursor paging over the services' `{ items, nextCursor }` pages, for `useInfiniteQuery` (see cursor-pager.tsx). */
export interface CursorPage<Item> {
  items: Item[];
  nextCursor: string | null;
}

/** Spread into `useInfiniteQuery`: starts without a cursor, asks for the next page with the last page's nextCursor. */
export const cursorPaging = {
  initialPageParam: undefined as string | undefined,
  getNextPageParam: (last: { nextCursor: string | null }): string | undefined => last.nextCursor ?? undefined,
};

/** Every item of the pages loaded so far. */
export function itemsOf<Item>(data: { pages: readonly CursorPage<Item>[] } | undefined): Item[] {
  return data?.pages.flatMap((page) => page.items) ?? [];
}
