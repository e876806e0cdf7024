import { useTranslation } from 'react-i18next';
import { RiskBadge } from '../ui/badge';
import type { Case, RiskLevel } from './case-api.types';
import { flagLabel, SCREEN_LABEL } from './case-labels';
import { CaseSection } from './case-ui';

const LEVEL_ORDER: Record<RiskLevel, number> = { high: 0, medium: 1, low: 2 };

/** The protection risks the intake screening raised, most serious first, each level said in words. */
export function RiskSection({ kase }: { kase: Case }) {
  const { t } = useTranslation('cases');
  const flags = [...kase.riskFlags].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
  return (
    <CaseSection id="risk" title={t('risk.title')}>
      {flags.length === 0 ? (
        <p>{t('risk.none')}</p>
      ) : (
        <ul className="risk-flags">
          {flags.map((flag) => {
            const label = flagLabel(flag);
            return (
              <li key={flag.flag} className={`risk-flag risk-${flag.level}`}>
                <span className="risk-screen">{t(SCREEN_LABEL[flag.screen])}</span>
                <span className="risk-name">{label.screen ? t(label.key, { screen: t(label.screen) }) : t(label.key)}</span>
                <RiskBadge level={flag.level} />
              </li>
            );
          })}
        </ul>
      )}
    </CaseSection>
  );
}
