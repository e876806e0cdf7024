import type { UseInfiniteQueryResult, InfiniteData } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { CursorPager } from '../ui/cursor-pager';
import { Empty, ErrorMessage, Loading } from '../ui/query-state';

/** One of Today's lists: loading, failed, empty, or its items with "more" under them. */
export function TodayList<Item extends { id: string }>({
  query,
  items,
  label,
  empty,
  children,
}: {
  query: UseInfiniteQueryResult<InfiniteData<unknown>>;
  items: readonly Item[];
  /** The list's accessible name (the heading above it, usually). */
  label: string;
  empty: string;
  children: (item: Item) => ReactNode;
}) {
  if (query.isPending) return <Loading />;
  if (query.isError && !query.isFetchNextPageError) return <ErrorMessage error={query.error} />;
  return (
    <>
      {items.length === 0 ? (
        <Empty>{empty}</Empty>
      ) : (
        <ul className="item-list" aria-label={label}>
          {items.map((item) => (
            <li key={item.id} className="item">
              {children(item)}
            </li>
          ))}
        </ul>
      )}
      <CursorPager query={query} shown={items.length} />
    </>
  );
}
