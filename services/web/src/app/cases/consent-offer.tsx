import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/clients';
import { unwrap } from '../api/problem';
import { useCan } from '../session/session';
import type { ConsentScope } from './case-api.types';
import { CaseError } from './case-ui';

/**
 * When a referral or a transfer is refused for want of the person's consent: why, and (if the
 * person's roles allow recording consents) a way to record it, only once staff confirm the person
 * agrees now. The consent goes to the intake service, which keeps consents; `onRecorded` then
 * retries what was refused.
 */
export function ConsentOffer({
  personId,
  scope,
  subject,
  onRecorded,
  retrying,
}: {
  personId: string;
  scope: Extract<ConsentScope, { purpose: 'share-with-partner' | 'transfer' }>;
  /** The partner or centre the consent is for, as the sentence names it. */
  subject: string;
  onRecorded: () => void;
  retrying: boolean;
}) {
  const { t } = useTranslation('cases');
  const can = useCan();
  const agreeId = useId();
  const [agrees, setAgrees] = useState(false);
  const [unconfirmed, setUnconfirmed] = useState(false);
  const record = useMutation({
    mutationFn: () => unwrap(api.intake.POST('/people/{id}/consents', { params: { path: { id: personId } }, body: scope })),
    onSuccess: () => onRecorded(),
  });
  const sharing = scope.purpose === 'share-with-partner';
  if (!can('intake', 'POST /people/:id/consents')) return <p>{sharing ? t('consent.askCoordinatorShare') : t('consent.askCoordinatorTransfer')}</p>;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setUnconfirmed(!agrees);
    if (agrees) record.mutate();
  };
  return (
    <form className="case-callout" onSubmit={submit} noValidate aria-labelledby={`${agreeId}-title`}>
      <h3 id={`${agreeId}-title`}>{sharing ? t('consent.shareTitle') : t('consent.transferTitle')}</h3>
      <p>{sharing ? t('consent.shareExplain', { partner: subject }) : t('consent.transferExplain', { centre: subject })}</p>
      <div className={unconfirmed ? 'field field-invalid' : 'field'}>
        <label className="choice" htmlFor={agreeId}>
          <input
            id={agreeId}
            type="checkbox"
            checked={agrees}
            aria-invalid={unconfirmed}
            aria-describedby={unconfirmed ? `${agreeId}-error` : undefined}
            onChange={(event) => setAgrees(event.target.checked)}
          />
          {sharing ? t('consent.shareAgrees', { partner: subject }) : t('consent.transferAgrees', { centre: subject })}
        </label>
        {unconfirmed ? (
          <p id={`${agreeId}-error`} className="field-error">
            {t('consent.confirmFirst')}
          </p>
        ) : null}
      </div>
      {record.error ? <CaseError error={record.error} /> : null}
      <button type="submit" disabled={record.isPending || retrying}>
        {sharing ? t('consent.recordAndRefer') : t('consent.recordAndTransfer')}
      </button>
    </form>
  );
}
