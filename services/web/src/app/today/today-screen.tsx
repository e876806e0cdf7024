import { useTranslation } from 'react-i18next';
import { Page } from '../ui/page';

export function TodayScreen() {
  const { t } = useTranslation('today');
  return <Page title={t('title')}>{null}</Page>;
}
