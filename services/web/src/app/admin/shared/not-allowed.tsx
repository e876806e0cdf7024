import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/page';

/** A screen the person's roles do not open (reached by its address): said plainly, nothing loaded. */
export function NotAllowed({ title }: { title: string }) {
  const { t } = useTranslation('admin');
  return (
    <Page title={title}>
      <p role="alert" className="error-message">
        {t('notAllowed')}
      </p>
    </Page>
  );
}
