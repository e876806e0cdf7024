import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../api/clients';
import { unwrap } from '../api/problem';
import { useFormat } from '../i18n/format';
import { useCan, useSession } from '../session/session';
import { Page } from '../ui/page';
import { ErrorMessage, Loading } from '../ui/query-state';
import { IndicatorSection } from './indicator-section';
import { defaultQuery, draftOf, indicatorsCsvHref, periodQuery, PERIOD_KINDS, queryFromSearch, searchOf, type ReportQuery } from './period';
import { PeriodPicker } from './period-picker';
import { mayReadReports, readsReportsAlways, REPORTS_RESTRICTED } from './report-access';
import { indicatorSections } from './report-rows';
import { ReportSettingsPanel, SETTINGS_QUERY_KEY } from './report-settings-panel';
import { useReportText } from './report-text';
import './reports.css';

const queryParams = (query: ReportQuery) => ('from' in query ? { from: query.from, to: query.to } : { period: query.period });

/**
 * The centre's indicators for a period (this month by default, in the centre's calendar): each as
 * charts and tables, the same report as a CSV download, and who among the staff reads it.
 */
export function ReportsScreen() {
  const text = useReportText();
  const { t } = text;
  const format = useFormat();
  const can = useCan();
  const { user } = useSession();
  const today = format.today();
  const [search, setSearch] = useSearchParams();
  const query = useMemo(() => queryFromSearch(search, today) ?? defaultQuery(today), [search, today]);

  const reachesReports = can('reporting', 'GET /reports/indicators');
  const always = readsReportsAlways(user.roles);
  const settings = useQuery({
    queryKey: SETTINGS_QUERY_KEY,
    queryFn: () => unwrap(api.reporting.GET('/reports/settings')),
    enabled: can('reporting', 'GET /reports/settings'),
  });
  const mayRead = reachesReports && (always || (settings.data !== undefined && mayReadReports(user.roles, settings.data.staffReportAccess)));
  const report = useQuery({
    queryKey: ['reporting', 'indicators', queryParams(query)],
    queryFn: () => unwrap(api.reporting.GET('/reports/indicators', { params: { query: queryParams(query) } })),
    enabled: mayRead,
  });
  const sections = useMemo(() => (report.data ? indicatorSections(report.data) : []), [report.data]);

  if (!reachesReports) {
    return (
      <Page title={t('title')}>
        <p>{t('notForRole')}</p>
      </Page>
    );
  }

  const csv = mayRead ? (
    <a className="button secondary" href={indicatorsCsvHref(query)} download>
      {t('csv.download')}
    </a>
  ) : null;

  return (
    <Page title={t('title')} actions={csv}>
      {!always && settings.isPending ? <Loading /> : null}
      {!always && settings.isError ? <ErrorMessage error={settings.error} /> : null}
      {!mayRead && settings.data ? <p className="restricted">{t('restricted')}</p> : null}
      {mayRead ? (
        <>
          <PeriodPicker
            key={searchOf(query).toString()}
            initial={draftOf(query, today)}
            kinds={PERIOD_KINDS}
            today={today}
            onPick={(draft) => {
              const result = periodQuery(draft, today);
              if (!result.ok) return { field: result.field, problem: result.problem };
              setSearch(searchOf(result.query));
              return null;
            }}
          />
          {report.isPending ? <Loading /> : null}
          {report.isError ? <ErrorMessage error={report.error} codes={{ [REPORTS_RESTRICTED]: t('restricted') }} /> : null}
          {report.data ? (
            <>
              <p className="report-period">
                {t('showing', { from: format.day(report.data.period.from), to: format.day(report.data.period.to), timeZone: report.data.period.timeZone })}
              </p>
              <p className="report-exact">{t('exact')}</p>
              <nav className="report-contents" aria-label={t('contents')}>
                <ul>
                  {sections.map((section) => (
                    <li key={section.id}>
                      <a href={`#indicator-${section.id}`}>{text.indicator(section.id)}</a>
                    </li>
                  ))}
                </ul>
              </nav>
              {sections.map((section) => (
                <IndicatorSection key={section.id} section={section} text={text} />
              ))}
            </>
          ) : null}
        </>
      ) : null}
      {settings.data ? <ReportSettingsPanel access={settings.data.staffReportAccess} mayChange={can('reporting', 'PUT /reports/settings')} /> : null}
    </Page>
  );
}
