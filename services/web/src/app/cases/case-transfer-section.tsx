import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/clients';
import { unwrap } from '../api/problem';
import { useFormat } from '../i18n/format';
import { useCan, useSession } from '../session/session';
import { Field } from '../ui/field';
import { Loading } from '../ui/query-state';
import type { Case, OutgoingTransfer, Transfer } from './case-api.types';
import { missingConsent, retryWhile } from './case-errors';
import { CANCEL_REASON_LABEL, DECLINE_REASON_LABEL, TRANSFER_STATUS_LABEL } from './case-labels';
import { caseKeys, useCaseChanged } from './case-queries';
import { CaseError, CaseSection, Disclosure, Done, useFieldErrors, useStaffName, useDone, type ShowDone } from './case-ui';
import { ConsentOffer } from './consent-offer';
import { checkLine, type FormErrors } from './form-rules';
import { checkCentreId } from './transfer-form';

/** A consent recorded in the intake service reaches the case service a moment later (an event): try a few times. */
const AFTER_CONSENT = { times: 8, wait: () => new Promise<void>((resolve) => setTimeout(resolve, 500)) };

const isOutgoing = (transfer: Transfer): transfer is OutgoingTransfer => transfer.direction === 'outgoing';

/** The origin's outgoing transfers (the case service lists them by centre; this case's are picked out). */
function useCaseTransfers(caseId: string) {
  return useQuery({
    queryKey: [...caseKeys.transfers, 'outgoing', 'all'],
    queryFn: () => unwrap(api.case.GET('/transfers', { params: { query: { direction: 'outgoing', limit: 100 } } })),
    select: (page) => page.items.filter(isOutgoing).filter((transfer) => transfer.caseId === caseId),
  });
}

export function TransferSection({ kase }: { kase: Case }) {
  const { t } = useTranslation('cases');
  const can = useCan();
  const [done, setDone] = useDone();
  const transfers = useCaseTransfers(kase.id);
  const pending = transfers.data?.some((transfer) => transfer.status === 'requested') ?? false;
  return (
    <CaseSection id="transfer" title={t('transfer.title')}>
      {transfers.status === 'pending' ? <Loading /> : null}
      {transfers.status === 'error' ? <CaseError error={transfers.error} /> : null}
      {transfers.status === 'success' && transfers.data.length === 0 ? <p>{t('transfer.none')}</p> : null}
      {transfers.status === 'success' && transfers.data.length > 0 ? <TransferTable kase={kase} transfers={transfers.data} onDone={setDone} /> : null}
      <Done {...done} />
      {kase.status !== 'closed' && !pending && transfers.status === 'success' && can('case', 'POST /cases/:id/transfers') ? <TransferForm kase={kase} onDone={setDone} /> : null}
    </CaseSection>
  );
}

function TransferTable({ kase, transfers, onDone }: { kase: Case; transfers: readonly OutgoingTransfer[]; onDone: ShowDone }) {
  const { t } = useTranslation('cases');
  const format = useFormat();
  const can = useCan();
  const staffName = useStaffName();
  const changed = useCaseChanged(kase.id);
  const cancel = useMutation({
    mutationFn: (id: string) => unwrap(api.case.POST('/transfers/{id}/cancel', { params: { path: { id } } })),
    onSuccess: async () => {
      onDone(t('transfer.cancelled'), { focus: true });
      await changed(caseKeys.transfers);
    },
  });
  return (
    <>
      <div className="table-scroll">
        <table>
          <caption>{t('transfer.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('transfer.column.centre')}</th>
              <th scope="col">{t('transfer.column.requested')}</th>
              <th scope="col">{t('transfer.column.status')}</th>
            </tr>
          </thead>
          <tbody>
            {transfers.map((transfer) => (
              <tr key={transfer.id}>
                <th scope="row">
                  {transfer.toCentre}
                  {transfer.reason ? <span className="cell-detail">{transfer.reason}</span> : null}
                </th>
                <td>
                  {format.dateTime(transfer.requestedAt)}
                  <span className="cell-detail">{staffName(transfer.requestedBy)}</span>
                </td>
                <td>
                  {t(TRANSFER_STATUS_LABEL[transfer.status])}
                  {transfer.declineReason ? <span className="cell-detail">{t(DECLINE_REASON_LABEL[transfer.declineReason])}</span> : null}
                  {transfer.cancelReason ? <span className="cell-detail">{t(CANCEL_REASON_LABEL[transfer.cancelReason])}</span> : null}
                  {transfer.status === 'requested' && can('case', 'POST /transfers/:id/cancel') ? (
                    <button type="button" className="secondary" disabled={cancel.isPending} onClick={() => cancel.mutate(transfer.id)}>
                      {t('transfer.cancel')}
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {cancel.error ? <CaseError error={cancel.error} /> : null}
    </>
  );
}

function TransferForm({ kase, onDone }: { kase: Case; onDone: ShowDone }) {
  const { t } = useTranslation('cases');
  const session = useSession();
  const changed = useCaseChanged(kase.id);
  const [open, setOpen] = useState(false);
  const [toCentre, setToCentre] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors>({});
  const request = useMutation({
    mutationFn: (input: { toCentre: string; reason: string | null; afterConsent: boolean }) =>
      retryWhile(
        () => unwrap(api.case.POST('/cases/{id}/transfers', { params: { path: { id: kase.id } }, body: { toCentre: input.toCentre, reason: input.reason } })),
        (error) => input.afterConsent && missingConsent(error) !== null,
        input.afterConsent ? AFTER_CONSENT : { times: 1, wait: () => Promise.resolve() },
      ),
    onSuccess: async (transfer) => {
      setOpen(false);
      setToCentre('');
      setReason('');
      onDone(t('transfer.requested', { centre: transfer.toCentre }));
      await changed(caseKeys.transfers);
    },
  });
  const errorOf = useFieldErrors(errors, request.error);
  const checked = () => {
    const centre = checkCentreId(toCentre, session.user.centre);
    const why = checkLine(reason, { max: 1000, required: false });
    setErrors({ ...(centre.error ? { toCentre: centre.error } : {}), ...(why.error ? { reason: why.error } : {}) });
    return centre.value !== null && !why.error ? { toCentre: centre.value, reason: why.value } : null;
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = checked();
    if (input) request.mutate({ ...input, afterConsent: false });
  };
  const consent = missingConsent(request.error);
  return (
    <Disclosure label={t('transfer.open')} open={open} onOpenChange={setOpen} onOpen={() => onDone(null)}>
      <form onSubmit={submit} noValidate aria-label={t('transfer.formLabel')}>
        <p>{t('transfer.explain')}</p>
        <Field label={t('transfer.centre')} required error={errorOf('toCentre')} hint={t('transfer.centreHint')}>
          {(props) => <input {...props} value={toCentre} autoCapitalize="none" autoComplete="off" spellCheck={false} maxLength={40} onChange={(event) => setToCentre(event.target.value)} />}
        </Field>
        <Field label={t('transfer.reason')} error={errorOf('reason')} hint={t('transfer.reasonHint')}>
          {(props) => <input {...props} value={reason} maxLength={1000} onChange={(event) => setReason(event.target.value)} />}
        </Field>
        {request.error ? <CaseError error={request.error} /> : null}
        <div className="button-row">
          <button type="submit" disabled={request.isPending}>
            {t('transfer.submit')}
          </button>
          <button type="button" className="secondary" onClick={() => setOpen(false)}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
      {consent === 'transfer' ? (
        <ConsentOffer
          personId={kase.personId}
          scope={{ purpose: 'transfer' }}
          subject={toCentre.trim()}
          retrying={request.isPending}
          onRecorded={() => {
            const input = checked();
            if (input) request.mutate({ ...input, afterConsent: true });
          }}
        />
      ) : null}
    </Disclosure>
  );
}
