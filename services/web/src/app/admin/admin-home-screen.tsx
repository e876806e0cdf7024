import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../session/session';
import { Page } from '../ui/page';
import { ADMIN_SECTIONS } from './admin-nav';
import './admin.css';

/** /admin: the sections a coordinator manages, each with what it is for. */
export function AdminHomeScreen() {
  const { t } = useTranslation('admin');
  const can = useCan();
  const sections = ADMIN_SECTIONS.filter((section) => can(section.service, section.route));
  return (
    <Page title={t('home.title')}>
      {sections.length === 0 ? (
        <p role="alert" className="error-message">
          {t('notAllowed')}
        </p>
      ) : (
        <ul className="admin-sections">
          {sections.map((section) => (
            <li key={section.to}>
              <h2>
                <Link to={section.to}>{t(section.key)}</Link>
              </h2>
              <p>{t(section.description)}</p>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
