import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { caseOfIntake } from './intake-api';
import type { IntakeResult } from './intake-draft.store';
import { PriorityBadge, RiskBadge } from '../ui/badge';
import { bySeverity, flagLabelKey, SCREEN_LABELS } from './risk-flag-labels';
import type { IntakeLabels } from './use-intake-labels';

/** How long to keep looking for the case the intake opened (the case service opens it on hearing of the intake). */
const CASE_LOOKUPS = 10;
const CASE_LOOKUP_INTERVAL_MS = 1500;

/** The recorded interview: the case it opened (or joined) and the risk flags it raised, in words. */
export function IntakeResultView({ result, labels, onNew }: { result: IntakeResult; labels: IntakeLabels; onNew: () => void }) {
  const { t } = labels;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const queryKey = ['case', 'cases', { intake: result.intakeId }];
  const lookups = useQueryClient().getQueryState(queryKey)?.dataUpdateCount ?? 0;
  const kase = useQuery({
    queryKey,
    queryFn: () => caseOfIntake(result.intakeId),
    refetchInterval: (query) => (query.state.data || query.state.dataUpdateCount >= CASE_LOOKUPS ? false : CASE_LOOKUP_INTERVAL_MS),
    staleTime: 0,
  });
  const flags = bySeverity(result.riskFlags);
  const gaveUp = kase.data === null && lookups >= CASE_LOOKUPS;

  return (
    <section className="intake-result" aria-labelledby="intake-result-title">
      <h2 id="intake-result-title" ref={heading} tabIndex={-1}>
        {t('result.title')}
      </h2>
      <p role="status">{result.replayed ? t('result.replayed') : result.returning ? t(result.caseAction === 'reopen-last' ? 'result.returningReopen' : 'result.returningNew') : t('result.recorded')}</p>
      <p className="result-priority">
        {t('result.priority')} <PriorityBadge level={result.priority} />
      </p>
      <h3>{t('result.flags')}</h3>
      {flags.length === 0 ? (
        <p>{t('result.noFlags')}</p>
      ) : (
        <ul className="risk-flags">
          {flags.map((flag) => {
            const label = flagLabelKey(flag.flag);
            return (
              <li key={flag.flag} className={`risk-flag level-${flag.level}`}>
                <RiskBadge level={flag.level} />
                <span className="risk-label">{label ? t(label) : t('flags.other', { screen: t(SCREEN_LABELS[flag.screen]) })}</span>
                <span className="risk-screen">{t(SCREEN_LABELS[flag.screen])}</span>
              </li>
            );
          })}
        </ul>
      )}
      <div className="result-actions">
        {kase.data ? (
          <Link className="button" to={`/cases/${kase.data.id}`}>
            {t('result.openCase')}
          </Link>
        ) : gaveUp || kase.isError ? (
          <p>
            {t('result.caseNotYet')} <Link to="/cases">{t('result.caseList')}</Link>
          </p>
        ) : (
          <p role="status">{t('result.findingCase')}</p>
        )}
        <button type="button" className="secondary" onClick={onNew}>
          {t('result.newInterview')}
        </button>
      </div>
    </section>
  );
}
