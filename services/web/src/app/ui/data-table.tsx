/**
 * A table of records, accessible and usable on a phone:
 * - a `<caption>` names it (shown, or only for screen readers with `captionHidden`);
 * - column headers are `<th scope="col">`; the column marked `rowHeader` is `<th scope="row">`;
 * - it scrolls sideways inside its own focusable region (`.table-scroll`), never the page;
 * - no rows: the `empty` text instead of an empty table.
 *
 * ```tsx
 * <DataTable
 *   caption={t('list.caption')}
 *   rows={cases}
 *   rowKey={(kase) => kase.id}
 *   empty={t('list.empty')}
 *   columns={[
 *     { key: 'alias', header: t('list.alias'), rowHeader: true, cell: (kase) => <Link to={`/cases/${kase.id}`}>{kase.alias}</Link> },
 *     { key: 'priority', header: t('list.priority'), cell: (kase) => <PriorityBadge level={kase.priority} /> },
 *     { key: 'opened', header: t('list.opened'), cell: (kase) => format.date(kase.openedAt) },
 *     { key: 'amount', header: t('list.amount'), align: 'end', cell: (row) => format.money(row.amount, row.currency) },
 *   ]}
 * />
 * ```
 */
import { useId, type ReactNode } from 'react';

export interface Column<Row> {
  /** Unique among the columns (React key). */
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** This column names the row (a case's alias, a partner's name): a `<th scope="row">`. */
  rowHeader?: boolean;
  /** Numbers and amounts: `end` aligns them on their last digit. */
  align?: 'start' | 'end';
}

interface DataTableProps<Row> {
  caption: string;
  captionHidden?: boolean;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Shown instead of the table when there are no rows. */
  empty: ReactNode;
  className?: string;
}

export function DataTable<Row>({ caption, captionHidden = false, columns, rows, rowKey, empty, className }: DataTableProps<Row>) {
  const captionId = useId();
  if (rows.length === 0) return <p className="empty">{empty}</p>;
  return (
    // A region that scrolls must take keyboard focus, or keyboard users cannot scroll it (WCAG 2.1.1).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a named, scrollable region
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={className ? `data-table ${className}` : 'data-table'}>
        <caption id={captionId} className={captionHidden ? 'visually-hidden' : undefined}>
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={column.align === 'end' ? 'align-end' : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => {
                const className = column.align === 'end' ? 'align-end' : undefined;
                return column.rowHeader ? (
                  <th key={column.key} scope="row" className={className}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.key} className={className}>
                    {column.cell(row)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
