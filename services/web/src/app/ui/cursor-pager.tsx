/**
 * Cursor paging for the services' lists (`{ items, nextCursor }`, nextCursor null on the last page):
 * a "Show more" button under the list, never page numbers (the API has none). The rows already shown
 * stay, focus stays on the button, and the new count is announced.
 *
 * ```tsx
 * const cases = useInfiniteQuery({
 *   queryKey: ['case', 'cases', filters],
 *   queryFn: ({ pageParam, signal }) => unwrap(api.case.GET('/cases', { params: { query: { ...filters, cursor: pageParam } }, signal })),
 *   ...cursorPaging,
 * });
 * const rows = itemsOf(cases.data);
 * return (
 *   <>
 *     <DataTable rows={rows} ... />
 *     <CursorPager query={cases} shown={rows.length} />
 *   </>
 * );
 * ```
 * Filters belong in the query key: a new filter starts again from the first page.
 */
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from './query-state';
import { Status } from './status';

export { cursorPaging, itemsOf, type CursorPage } from './cursor-paging';

/** The part of a `useInfiniteQuery` result the pager needs. */
export interface PagedQuery {
  data?: { pages: readonly unknown[] } | undefined;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  error: unknown;
  fetchNextPage: () => Promise<unknown>;
}

export function CursorPager({ query, shown }: { query: PagedQuery; shown: number }) {
  const { t } = useTranslation('common');
  const added = (query.data?.pages.length ?? 0) > 1;
  // The first page is the screen's own news; what a "more" added is announced.
  const message = query.isFetchingNextPage ? t('pager.loading') : added ? t('pager.shown', { count: shown }) : '';
  return (
    <div className="cursor-pager">
      {query.isFetchNextPageError ? <ErrorMessage error={query.error} /> : null}
      {query.hasNextPage ? (
        // aria-disabled, not disabled: a disabled button drops the keyboard focus to the page's start.
        <button
          type="button"
          className="secondary"
          aria-disabled={query.isFetchingNextPage}
          onClick={() => {
            if (!query.isFetchingNextPage) void query.fetchNextPage();
          }}
        >
          {t('pager.more')}
        </button>
      ) : null}
      <Status message={message} />
    </div>
  );
}
