import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../api/clients';
import type { components } from '../api/generated/reporting';
import { unwrap } from '../api/problem';
import { useFormat } from '../i18n/format';
import { useCan } from '../session/session';
import { Field } from '../ui/field';
import { Page } from '../ui/page';
import { ErrorMessage, Loading } from '../ui/query-state';
import { NetworkFigures } from './network-figures';
import { networkView } from './network-rows';
import { draftOf, FIXED_PERIOD_KINDS, networkCsvHref, networkPeriod, networkPeriodFromSearch, previousMonth } from './period';
import { PeriodPicker } from './period-picker';
import { INDICATOR_IDS, isIndicatorId, PERIOD_KIND_LABEL } from './report-labels';
import { useReportText, type ReportText } from './report-text';
import './reports.css';
import { FiguresTable } from './figures-table';

type Member = components['schemas']['NetworkMember'];

const MEMBER_STATUS = { sharing: 'network.status.sharing', 'not-sharing': 'network.status.not-sharing' } as const satisfies Record<Member['status'], string>;
const MEASURE = { 'labour-claim-amounts': 'network.measure.labour-claim-amounts', 'days-to-first-service': 'network.measure.days-to-first-service' } as const;

function MemberList({ members, text }: { members: readonly Member[]; text: ReportText }) {
  const { t } = text;
  const { day } = useFormat();
  return (
    <section className="indicator" aria-labelledby="network-members">
      <h2 id="network-members">{t('network.members.heading')}</h2>
      {members.length === 0 ? (
        <p>{t('network.members.none')}</p>
      ) : (
        <FiguresTable caption={t('network.members.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('network.members.centre')}</th>
              <th scope="col">{t('network.members.status')}</th>
              <th scope="col">{t('network.members.shares')}</th>
              <th scope="col">{t('network.members.terms')}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.centre}>
                <th scope="row">{member.centreName}</th>
                <td>{t(MEMBER_STATUS[member.status])}</td>
                <td>
                  {member.agreement
                    ? [...member.agreement.indicators.map((shared) => text.indicator(shared.indicator)), ...member.agreement.measures.map((measure) => t(MEASURE[measure]))].join(', ')
                    : t('network.members.nothing')}
                </td>
                <td>
                  {member.agreement
                    ? t('network.members.termsText', {
                        kind: t(PERIOD_KIND_LABEL[member.agreement.periodKind]),
                        from: day(member.agreement.from),
                        k: member.agreement.rule.k,
                      })
                    : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </FiguresTable>
      )}
    </section>
  );
}

/**
 * The network view, for a network's analysts: what its member centres share for a closed month,
 * quarter or year, centre by centre and for the network, small cells suppressed (shown as such),
 * and the same as CSV. Operators see only the member centres and what each agreed to share.
 */
export function NetworkScreen() {
  const text = useReportText();
  const { t } = text;
  const format = useFormat();
  const can = useCan();
  const today = format.today();
  const [search, setSearch] = useSearchParams();
  const period = networkPeriodFromSearch(search, today) ?? previousMonth(today);
  const asked = search.get('indicator');
  const indicator = asked !== null && isIndicatorId(asked) ? asked : null;
  const seesFigures = can('reporting', 'GET /network-view/figures');
  const seesMembers = can('reporting', 'GET /network-view/centres');

  const members = useQuery({
    queryKey: ['reporting', 'network-members'],
    queryFn: () => unwrap(api.reporting.GET('/network-view/centres', { params: { query: { limit: 200 } } })),
    enabled: seesMembers,
  });
  const figures = useQuery({
    queryKey: ['reporting', 'network-figures', { period, indicator }],
    queryFn: () => unwrap(api.reporting.GET('/network-view/figures', { params: { query: { period, ...(indicator ? { indicator } : {}) } } })),
    enabled: seesFigures,
  });
  const view = useMemo(() => (figures.data ? networkView(figures.data) : null), [figures.data]);

  const show = (next: { period?: string; indicator?: string | null }) => {
    const params = new URLSearchParams({ period: next.period ?? period });
    const chosen = next.indicator === undefined ? indicator : next.indicator;
    if (chosen) params.set('indicator', chosen);
    setSearch(params);
  };

  if (!seesFigures && !seesMembers) {
    return (
      <Page title={t('network.title')}>
        <p>{t('notForRole')}</p>
      </Page>
    );
  }
  const csv = seesFigures ? (
    <a className="button secondary" href={networkCsvHref(period, indicator)} download>
      {t('csv.download')}
    </a>
  ) : null;

  return (
    <Page title={seesFigures ? t('network.title') : t('network.membersTitle')} actions={csv}>
      {members.data ? <p className="report-period">{t('network.name', { network: members.data.network })}</p> : null}
      {seesFigures ? (
        <>
          <div className="network-controls">
            <PeriodPicker
              key={period}
              initial={draftOf({ period }, today)}
              kinds={FIXED_PERIOD_KINDS}
              today={today}
              onPick={(draft) => {
                const result = networkPeriod(draft, today);
                if (!result.ok) return { field: result.field, problem: result.problem };
                show({ period: result.period });
                return null;
              }}
            />
            <Field label={t('network.indicatorFilter')}>
              {(control) => (
                <select {...control} value={indicator ?? ''} onChange={(event) => show({ indicator: event.target.value || null })}>
                  <option value="">{t('network.allIndicators')}</option>
                  {INDICATOR_IDS.map((id) => (
                    <option key={id} value={id}>
                      {text.indicator(id)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          {figures.isPending ? <Loading /> : null}
          {figures.isError ? <ErrorMessage error={figures.error} codes={{ 'REPORTING.PERIOD_NOT_CLOSED': t('period.problem.not-closed') }} /> : null}
          {figures.data && view ? (
            <>
              <p className="report-period">{t('network.showing', { from: format.day(figures.data.period.from), to: format.day(figures.data.period.to) })}</p>
              <NetworkFigures view={view} text={text} />
            </>
          ) : null}
        </>
      ) : null}
      {seesMembers ? (
        <>
          {members.isPending ? <Loading /> : null}
          {members.isError ? <ErrorMessage error={members.error} /> : null}
          {members.data ? <MemberList members={members.data.items} text={text} /> : null}
        </>
      ) : null}
    </Page>
  );
}
