import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Badge, PriorityBadge, type BadgeTone } from '../ui/badge';
import type { Case, CaseStatus } from './case-api.types';
import { STATUS_LABEL } from './case-labels';

/** What the case service answers for a person who was erased. */
const ERASED_ALIAS = '[erased]';

const STATUS_TONE: Record<CaseStatus, BadgeTone> = { open: 'info', active: 'success', closed: 'neutral' };

/** The alias staff know the person by; an erased person's case says so in words. */
export function aliasOf(kase: Pick<Case, 'alias'>, t: TFunction<'cases'>): string {
  return kase.alias === ERASED_ALIAS ? t('case.erased') : kase.alias;
}

/** Status, priority and a closure waiting for sign-off, in words (colour only repeats them). */
export function CaseBadges({ kase }: { kase: Pick<Case, 'status' | 'priority' | 'pendingClosure'> }) {
  const { t } = useTranslation('cases');
  return (
    <span className="item-badges">
      <Badge tone={STATUS_TONE[kase.status]}>{t(STATUS_LABEL[kase.status])}</Badge>
      <PriorityBadge level={kase.priority} />
      {kase.pendingClosure ? <Badge tone="warning">{t('closure.waitingBadge')}</Badge> : null}
    </span>
  );
}
