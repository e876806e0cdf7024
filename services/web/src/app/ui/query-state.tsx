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

/** What went wrong, in the person's language, from the problem's stable code. */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useTranslation('common');
  const code = error instanceof ApiError ? error.code : undefined;
  const status = error instanceof ApiError ? error.status : 0;
  const text = status === 0 ? t('error.network') : status === 403 ? t('error.forbidden') : status === 404 ? t('error.notFound') : t('error.generic', { code: code ?? String(status) });
  return (
    <p role="alert" className="error-message">
      {text}
    </p>
  );
}
