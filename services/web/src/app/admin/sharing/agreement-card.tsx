import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/clients';
import { unwrap } from '../../api/problem';
import { useFormat } from '../../i18n/format';
import { useCan } from '../../session/session';
import { AdminError } from '../shared/admin-error';
import { ConfirmAction } from '../shared/confirm-action';
import type { SharingAgreement } from './agreement-form';
import { monthName, parsePeriod } from './period-label';
import { AGREEMENT_STATUS_LABELS } from './sharing-labels';
import { AGREEMENTS_KEY } from './sharing-queries';
import { useCatalogWords } from './use-catalog-words';

/** One agreement: with whom, what, from when, under which rule; revoked with a confirmation. */
export function AgreementCard({ agreement, onRevoked }: { agreement: SharingAgreement; onRevoked: (network: string) => void }) {
  const { t } = useTranslation('admin');
  const format = useFormat();
  const can = useCan();
  const words = useCatalogWords();
  const queries = useQueryClient();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const first = parsePeriod(agreement.firstPeriod);
  const firstPeriod =
    first?.kind === 'month'
      ? monthName(first, format.locale)
      : first?.kind === 'quarter'
        ? t('sharing.card.quarter', { quarter: first.quarter, year: String(first.year) })
        : agreement.firstPeriod;
  const revoke = useMutation({
    mutationFn: () => unwrap(api.reporting.POST('/sharing-agreements/{id}/revocation', { params: { path: { id: agreement.id } }, body: {} })),
    onSuccess: () => {
      void queries.invalidateQueries({ queryKey: AGREEMENTS_KEY });
      onRevoked(agreement.network);
      heading.current?.focus();
    },
  });

  return (
    <article className={`admin-card admin-card-${agreement.status}`} aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {t('sharing.card.title', { network: agreement.network })} <span className={`admin-badge admin-badge-${agreement.status}`}>{t(AGREEMENT_STATUS_LABELS[agreement.status])}</span>
      </h3>
      <dl className="admin-facts">
        <div>
          <dt>{t('sharing.card.indicators')}</dt>
          <dd>
            <ul className="admin-plain-list">
              {agreement.indicators.map((shared) => (
                <li key={shared.indicator}>
                  {words.indicator(shared.indicator)}
                  {shared.breakdowns.length > 0 ? `: ${t('sharing.card.tables', { tables: shared.breakdowns.map(words.table).join('; ') })}` : `: ${t('sharing.card.totalOnly')}`}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        {agreement.measures.length > 0 ? (
          <div>
            <dt>{t('sharing.card.measures')}</dt>
            <dd>{agreement.measures.map(words.measure).join(', ')}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('sharing.card.periods')}</dt>
          <dd>{t('sharing.card.periodsValue', { kind: agreement.periodKind, first: firstPeriod, from: format.day(agreement.from) })}</dd>
        </div>
        <div>
          <dt>{t('sharing.card.rule')}</dt>
          <dd>
            {agreement.rule.roundTo === null ? t('sharing.card.ruleK', { k: agreement.rule.k }) : t('sharing.card.ruleKRounded', { k: agreement.rule.k, roundTo: agreement.rule.roundTo })}
          </dd>
        </div>
        <div>
          <dt>{t('sharing.card.agreedAt')}</dt>
          <dd>{format.dateTime(agreement.agreedAt)}</dd>
        </div>
        {agreement.revokedAt ? (
          <div>
            <dt>{t('sharing.card.revokedAt')}</dt>
            <dd>{format.dateTime(agreement.revokedAt)}</dd>
          </div>
        ) : null}
      </dl>
      {agreement.status === 'active' && can('reporting', 'POST /sharing-agreements/:id/revocation') ? (
        <ConfirmAction
          label={t('sharing.revoke.button', { network: agreement.network })}
          question={t('sharing.revoke.question', { network: agreement.network })}
          confirmLabel={t('sharing.revoke.confirm')}
          cancelLabel={t('cancel')}
          danger
          pending={revoke.isPending}
          onConfirm={() => revoke.mutate()}
        />
      ) : null}
      {revoke.isError ? <AdminError error={revoke.error} /> : null}
    </article>
  );
}
