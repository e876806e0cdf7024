import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';
import { useSession } from '../session/session';

const ROLES = {
  coordinator: 'roles.coordinator',
  promoter: 'roles.promoter',
  interpreter: 'roles.interpreter',
  lawyer: 'roles.lawyer',
  operator: 'roles.operator',
  'network-analyst': 'roles.network-analyst',
} as const;

const isRole = (role: string): role is keyof typeof ROLES => Object.hasOwn(ROLES, role);

/** Who is signed in, in which role, at which centre (or network): shared laptops make this matter. */
export function WhoIsSignedIn() {
  const { t } = useTranslation('common');
  const { user, centre } = useSession();
  const format = useFormat();
  const roles = format.list(user.roles.filter(isRole).map((role) => t(ROLES[role])));
  const name = user.name ?? user.email ?? t('who.someone');
  const place = centre ? t('who.centre', { centre: centre.name, city: centre.city }) : user.network ? t('who.network', { network: user.network }) : '';
  return (
    <p className="who">
      <span className="who-place">{place}</span>
      <span className="who-person">{t('who.person', { name, roles })}</span>
    </p>
  );
}
