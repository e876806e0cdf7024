import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { ApiError } from '../api/problem';
import { Page } from '../ui/page';
import { ErrorMessage } from '../ui/query-state';
import { NotFound } from './not-found';

/**
 * What a screen that failed shows instead (react-router's errorElement), inside the layout so the
 * navigation stays usable. A chunk that no longer exists (the app was updated while open) asks
 * for a reload; an API failure says what the service answered; anything else, that it went wrong.
 */
export function RouteError() {
  const { t } = useTranslation('common');
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  return (
    <Page title={t('routeError.title')}>
      {isStaleChunk(error) ? (
        <p role="alert">{t('routeError.newVersion')}</p>
      ) : error instanceof ApiError ? (
        <ErrorMessage error={error} />
      ) : (
        <p role="alert">{t('routeError.unexpected')}</p>
      )}
      <div className="button-row">
        <button type="button" onClick={() => window.location.reload()}>
          {t('routeError.reload')}
        </button>
        <Link className="button secondary" to="/">
          {t('notFound.back')}
        </Link>
      </div>
    </Page>
  );
}

/** A screen's code or stylesheet that did not load: browsers word it differently; Vite's preload says "preload". */
function isStaleChunk(error: unknown): boolean {
  return error instanceof Error && /dynamically imported module|module script|Importing a module|Unable to preload/i.test(error.message);
}
