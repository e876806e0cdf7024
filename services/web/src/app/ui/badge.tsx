/**
 * Short labels for a record's state. The text always says it (a colour-blind reader or a screen
 * reader gets the same meaning); the colour only repeats it (WCAG 1.4.1).
 *
 * ```tsx
 * <PriorityBadge level={kase.priority} />      // normal | medium | high
 * <RiskBadge level={flag.level} />             // low | medium | high
 * <Badge tone="danger">{t('tasks.overdue')}</Badge>
 * ```
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}

export type Priority = 'normal' | 'medium' | 'high';
export type RiskLevel = 'low' | 'medium' | 'high';

const PRIORITY = {
  normal: { key: 'level.priority.normal', tone: 'neutral' },
  medium: { key: 'level.priority.medium', tone: 'warning' },
  high: { key: 'level.priority.high', tone: 'danger' },
} as const satisfies Record<Priority, { key: string; tone: BadgeTone }>;

const RISK = {
  low: { key: 'level.risk.low', tone: 'neutral' },
  medium: { key: 'level.risk.medium', tone: 'warning' },
  high: { key: 'level.risk.high', tone: 'danger' },
} as const satisfies Record<RiskLevel, { key: string; tone: BadgeTone }>;

/** A case's priority: "High priority", "Medium priority", "Normal priority". */
export function PriorityBadge({ level }: { level: Priority }) {
  const { t } = useTranslation('common');
  return <Badge tone={PRIORITY[level].tone}>{t(PRIORITY[level].key)}</Badge>;
}

/** A risk flag's level: "High risk", "Medium risk", "Low risk". */
export function RiskBadge({ level }: { level: RiskLevel }) {
  const { t } = useTranslation('common');
  return <Badge tone={RISK[level].tone}>{t(RISK[level].key)}</Badge>;
}
