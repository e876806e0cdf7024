import { Suspense, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router';
import { useCan } from '../session/session';
import { focusHeading } from '../ui/heading-focus';
import { Loading } from '../ui/query-state';
import { LanguagePicker } from './language-picker';
import { NAV_ITEMS } from './nav-items';
import { SignOut } from './sign-out';
import { WhoIsSignedIn } from './who';

/**
 * The frame of every screen: skip link, who is signed in where, the areas the person's roles open
 * (a menu button on a phone), language, sign-out; the screen below, with the focus moved to its
 * heading after each navigation.
 */
export function Layout() {
  const { t } = useTranslation('common');
  const can = useCan();
  const location = useLocation();
  const navigation = useNavigation();
  const main = useRef<HTMLElement>(null);
  const [menuOpen, setMenuOpen] = useState(false);
  const menuId = useId();
  // Only a change of screen moves the focus: not the first load, not a filter in the query string.
  const shownPath = useRef(location.pathname);
  useEffect(() => {
    if (shownPath.current === location.pathname) return;
    shownPath.current = location.pathname;
    focusHeading(main.current);
  }, [location.pathname]);
  const busy = navigation.state === 'loading';
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">Corredor</span>
          <WhoIsSignedIn />
        </div>
        {/* On a phone the areas, the language and sign-out fold behind this button; elsewhere it is hidden. */}
        <button type="button" className="menu-button secondary" aria-expanded={menuOpen} aria-controls={menuId} onClick={() => setMenuOpen(!menuOpen)}>
          {t('nav.menu')}
        </button>
        <div className="menu-panel" id={menuId} data-open={menuOpen}>
          <nav className="app-nav" aria-label={t('nav.label')}>
            <ul>
              {NAV_ITEMS.filter((item) => can(item.service, item.route)).map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end} onClick={() => setMenuOpen(false)}>
                    {t(item.key)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="header-tools">
            <LanguagePicker />
            <SignOut />
          </div>
        </div>
      </header>
      <div className={busy ? 'progress progress-busy' : 'progress'} aria-hidden="true" />
      <main id="main" ref={main} tabIndex={-1} aria-busy={busy}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <ScrollRestoration />
    </div>
  );
}
