import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCan } from '../session/session';
import { Page } from '../ui/page';
import { Loading } from '../ui/query-state';
import { ClaimsSection } from './case-claims-section';
import { NotesSection } from './case-notes-section';
import { useCase } from './case-queries';
import { ReferralsSection } from './case-referrals-section';
import { RiskSection } from './case-risk-section';
import { ServicesSection } from './case-services-section';
import { SummarySection } from './case-summary-section';
import { TasksSection } from './case-tasks-section';
import { TimelineSection } from './case-timeline-section';
import { TransferSection } from './case-transfer-section';
import { CaseError } from './case-ui';

/**
 * A case's page: what it is (summary, risk), the work on it (services, claims, tasks, notes,
 * referrals, transfer) and its history. Each section loads on its own, so one slow or refused
 * part never hides the others. The page title says "Case", never the person's alias: titles end up
 * in the browser's history on shared computers.
 */
export function CaseScreen() {
  const { t } = useTranslation('cases');
  const { caseId = '' } = useParams();
  const can = useCan();
  const kase = useCase(caseId);
  const sections = [
    { id: 'summary', label: t('summary.title'), shown: true },
    { id: 'risk', label: t('risk.title'), shown: true },
    { id: 'services', label: t('services.title'), shown: can('case', 'GET /cases/:id/services') },
    { id: 'claims', label: t('claims.title'), shown: can('case', 'GET /cases/:id/labour-claims') },
    { id: 'tasks', label: t('tasks.title'), shown: can('case', 'GET /cases/:id/tasks') },
    { id: 'notes', label: t('notes.title'), shown: can('case', 'GET /cases/:id/notes') },
    { id: 'referrals', label: t('referrals.title'), shown: can('referral', 'GET /cases/:caseId/referrals') },
    { id: 'transfer', label: t('transfer.title'), shown: can('case', 'GET /transfers') },
    { id: 'timeline', label: t('timeline.title'), shown: can('case', 'GET /cases/:id/timeline') },
  ].filter((section) => section.shown);
  return (
    <div className="cases-area">
      <Page title={t('case.title')} actions={<Link to="/cases">{t('case.backToList')}</Link>}>
        {kase.status === 'pending' ? <Loading /> : null}
        {kase.status === 'error' ? <CaseError error={kase.error} /> : null}
        {kase.status === 'success' ? (
          <>
            <nav className="case-sections" aria-label={t('case.sections')}>
              <ul>
                {sections.map((section) => (
                  <li key={section.id}>
                    <a href={`#case-${section.id}`}>{section.label}</a>
                  </li>
                ))}
              </ul>
            </nav>
            <SummarySection kase={kase.data} />
            <RiskSection kase={kase.data} />
            {can('case', 'GET /cases/:id/services') ? <ServicesSection kase={kase.data} /> : null}
            {can('case', 'GET /cases/:id/labour-claims') ? <ClaimsSection kase={kase.data} /> : null}
            {can('case', 'GET /cases/:id/tasks') ? <TasksSection kase={kase.data} /> : null}
            {can('case', 'GET /cases/:id/notes') ? <NotesSection kase={kase.data} /> : null}
            {can('referral', 'GET /cases/:caseId/referrals') ? <ReferralsSection kase={kase.data} /> : null}
            {can('case', 'GET /transfers') ? <TransferSection kase={kase.data} /> : null}
            {can('case', 'GET /cases/:id/timeline') ? <TimelineSection caseId={kase.data.id} /> : null}
          </>
        ) : null}
      </Page>
    </div>
  );
}
