import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useCan, useSession } from '../session/session';
import { Loading } from '../ui/query-state';
import { LanguagePicker } from './language-picker';
import { NAV_ITEMS } from './nav-items';
import { SignOut } from './sign-out';

/** The frame of every screen: skip link, the areas the person's roles open, language, sign-out. */
export function Layout() {
  const { t } = useTranslation('common');
  const session = useSession();
  const can = useCan();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  // After a navigation, focus moves to the new screen's heading (WCAG 2.4.3), not left on the old link.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [location.pathname]);
  const where = session.centre ? session.centre.name : (session.user.network ?? '');
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">Corredor</span>
          <span className="brand-centre">{where}</span>
        </div>
        <div className="header-tools">
          <span className="who">{session.user.name ?? session.user.email ?? session.user.id}</span>
          <LanguagePicker />
          <SignOut />
        </div>
      </header>
      <nav className="app-nav" aria-label={t('nav.label')}>
        <ul>
          {NAV_ITEMS.filter((item) => can(item.service, item.route)).map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.end}>
                {t(item.key)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" ref={main} tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
