import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../ui/page';

export function NotFound() {
  const { t } = useTranslation('common');
  return (
    <Page title={t('notFound.title')}>
      <p>
        <Link to="/">{t('notFound.back')}</Link>
      </p>
    </Page>
  );
}
