/** The areas in the navigation, each shown only to roles that may call the route it opens with. */
export const NAV_ITEMS = [
  { to: '/', key: 'nav.today', service: 'case', route: 'GET /tasks', end: true },
  { to: '/intake', key: 'nav.intake', service: 'intake', route: 'POST /intakes', end: false },
  { to: '/cases', key: 'nav.cases', service: 'case', route: 'GET /cases', end: false },
  { to: '/partners', key: 'nav.partners', service: 'referral', route: 'GET /partners', end: false },
  { to: '/reports', key: 'nav.reports', service: 'reporting', route: 'GET /reports/indicators', end: false },
  { to: '/network', key: 'nav.network', service: 'reporting', route: 'GET /network-view/centres', end: false },
  { to: '/admin', key: 'nav.admin', service: 'centre', route: 'GET /staff', end: false },
  { to: '/centres', key: 'nav.centres', service: 'centre', route: 'GET /centres', end: false },
] as const;
