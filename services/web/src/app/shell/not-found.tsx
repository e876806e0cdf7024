import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../ui/page';

/** An address the app does not know (a mistyped or outdated link). */
export function NotFound() {
  const { t } = useTranslation('common');
  return (
    <Page title={t('notFound.title')}>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to="/">{t('notFound.back')}</Link>
      </p>
    </Page>
  );
}
