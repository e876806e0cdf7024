/**
 * The three states of a query besides its data:
 * - `<Loading />`: a polite "Loading…" (role="status");
 * - `<ErrorMessage error={query.error} />`: what went wrong in the person's language (role="alert"),
 *   from the HTTP status; pass `codes` to word an area's own stable codes:
 *   `<ErrorMessage error={close.error} codes={{ 'CASE.CLOSED': t('errors.closed') }} />`;
 * - `<Empty>{t('list.empty')}</Empty>`: nothing to show, said in words.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/problem';

/** A loading line, announced politely. */
export function Loading() {
  const { t } = useTranslation('common');
  return (
    <p role="status" className="loading">
      {t('loading')}
    </p>
  );
}

/** What went wrong, in the person's language, from the problem's stable code or its status. */
export function ErrorMessage({ error, codes }: { error: unknown; codes?: Readonly<Record<string, string>> }) {
  const { t } = useTranslation('common');
  const code = error instanceof ApiError ? error.code : undefined;
  const status = error instanceof ApiError ? error.status : 0;
  const own = code === undefined ? undefined : codes?.[code];
  let text: string;
  if (own !== undefined) text = own;
  else if (!(error instanceof ApiError)) text = t('error.unexpected');
  else if (status === 0) text = t('error.network');
  else if (status === 403) text = t('error.forbidden');
  else if (status === 404) text = t('error.notFound');
  else if (status === 409) text = t('error.conflict');
  else if (status === 422) text = t('error.invalid');
  else if (status === 429 || status === 503) text = t('error.busy');
  else text = t('error.generic', { code: code ?? String(status) });
  return (
    <p role="alert" className="error-message">
      {text}
    </p>
  );
}

/** Nothing to show: a sentence, never a blank space. */
export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}
