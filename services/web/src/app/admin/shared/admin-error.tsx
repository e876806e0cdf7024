import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/problem';
import { ErrorMessage } from '../../ui/query-state';
import { errorKeyOf } from './error-codes';

/** A service's refusal in the person's language: the admin screens' own codes here, anything else as the common message says it. */
export function AdminError({ error }: { error: unknown }) {
  const { t } = useTranslation('admin');
  const key = error instanceof ApiError ? errorKeyOf(error.code) : null;
  if (!key) return <ErrorMessage error={error} />;
  return (
    <p role="alert" className="error-message">
      {t(key)}
    </p>
  );
}
