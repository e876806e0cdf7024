import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useCan } from '../session/session';

/** The administration's sections, each shown to the roles that may open it. */
export const ADMIN_SECTIONS = [
  { to: '/admin/staff', key: 'nav.staff', description: 'home.staff', service: 'centre', route: 'GET /staff' },
  { to: '/admin/questions', key: 'nav.questions', description: 'home.questions', service: 'intake', route: 'PUT /intake-form' },
  { to: '/admin/sharing', key: 'nav.sharing', description: 'home.sharing', service: 'reporting', route: 'POST /sharing-agreements' },
  { to: '/admin/audit', key: 'nav.audit', description: 'home.audit', service: 'centre', route: 'GET /audit-trail/verification' },
] as const;

export function AdminNav() {
  const { t } = useTranslation('admin');
  const can = useCan();
  return (
    <nav className="admin-nav" aria-label={t('nav.label')}>
      <ul>
        {ADMIN_SECTIONS.filter((section) => can(section.service, section.route)).map((section) => (
          <li key={section.to}>
            <NavLink to={section.to}>{t(section.key)}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
