/**
 * A polite live region that is always in the page, so what appears in it is announced (a region
 * added together with its text often is not).
 */
export function StatusMessage({ children }: { children?: string | null | undefined }) {
  return (
    <p role="status" className={children ? 'admin-status' : 'admin-status admin-status-empty'}>
      {children ?? ''}
    </p>
  );
}
