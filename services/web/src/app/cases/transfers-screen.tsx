import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../api/clients';
import { unwrap } from '../api/problem';
import { useFormat } from '../i18n/format';
import { useCan } from '../session/session';
import { PriorityBadge } from '../ui/badge';
import { Field } from '../ui/field';
import { Page } from '../ui/page';
import { Loading } from '../ui/query-state';
import type { DeclineReason, IncomingTransfer, OutgoingTransfer, Transfer, TransferStatus } from './case-api.types';
import { CANCEL_REASON_LABEL, codesOf, DECLINE_REASON_LABEL, TRANSFER_STATUS_LABEL } from './case-labels';
import { caseKeys, usePagedList } from './case-queries';
import { CaseError, CaseSection, Done, LoadMore, useLanguageName, useStaffName, useDone, type ShowDone } from './case-ui';

const STATUSES = codesOf(TRANSFER_STATUS_LABEL);
const DECLINE_REASONS = codesOf(DECLINE_REASON_LABEL);

const isIncoming = (transfer: Transfer): transfer is IncomingTransfer => transfer.direction === 'incoming';
const isOutgoing = (transfer: Transfer): transfer is OutgoingTransfer => transfer.direction === 'outgoing';

/** The status filter of a list, from the address; incoming transfers default to those waiting for an answer. */
function statusFrom(search: URLSearchParams, name: string, fallback: TransferStatus | ''): TransferStatus | '' {
  const value = search.get(name);
  if (value === null) return fallback;
  return (STATUSES as readonly string[]).includes(value) ? (value as TransferStatus) : '';
}

/**
 * Transfers between centres: those other centres asked this one to take (a coordinator accepts or
 * declines; until then only priority and languages are known), and those this centre asked for.
 */
export function TransfersScreen() {
  const { t } = useTranslation('cases');
  const [search, setSearch] = useSearchParams();
  const incoming = statusFrom(search, 'incoming', 'requested');
  const outgoing = statusFrom(search, 'outgoing', '');
  const setStatus = (name: 'incoming' | 'outgoing', value: string) => {
    const next = new URLSearchParams(search);
    next.set(name, value === '' ? 'all' : value);
    setSearch(next, { replace: true });
  };
  return (
    <div className="cases-area">
      <Page title={t('transfers.title')} actions={<Link to="/cases">{t('case.backToList')}</Link>}>
        <IncomingSection status={incoming} onStatus={(value) => setStatus('incoming', value)} />
        <OutgoingSection status={outgoing} onStatus={(value) => setStatus('outgoing', value)} />
      </Page>
    </div>
  );
}

function StatusFilter({ status, onStatus }: { status: TransferStatus | ''; onStatus: (value: string) => void }) {
  const { t } = useTranslation('cases');
  return (
    <Field label={t('transfers.status')}>
      {(props) => (
        <select {...props} value={status} onChange={(event) => onStatus(event.target.value)}>
          <option value="">{t('filter.any')}</option>
          {STATUSES.map((code) => (
            <option key={code} value={code}>
              {t(TRANSFER_STATUS_LABEL[code])}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function useTransfers(direction: 'incoming' | 'outgoing', status: TransferStatus | '') {
  return usePagedList([...caseKeys.transfers, direction, status], (cursor) =>
    unwrap(api.case.GET('/transfers', { params: { query: { direction, ...(status === '' ? {} : { status }), ...(cursor ? { cursor } : {}) } } })),
  );
}

function IncomingSection({ status, onStatus }: { status: TransferStatus | ''; onStatus: (value: string) => void }) {
  const { t } = useTranslation('cases');
  const format = useFormat();
  const can = useCan();
  const languageName = useLanguageName();
  const list = useTransfers('incoming', status);
  const [done, setDone] = useDone();
  const transfers = list.items.filter(isIncoming);
  const mayAnswer = can('case', 'POST /transfers/:id/accept') || can('case', 'POST /transfers/:id/decline');
  return (
    <CaseSection id="incoming" title={t('transfers.incoming')}>
      <p>{t('transfers.incomingExplain')}</p>
      <StatusFilter status={status} onStatus={onStatus} />
      <Done {...done} />
      {list.status === 'pending' ? <Loading /> : null}
      {list.status === 'error' ? <CaseError error={list.error} /> : null}
      {list.status === 'success' && transfers.length === 0 ? <p>{t('transfers.noneIncoming')}</p> : null}
      {transfers.length > 0 ? (
        <div className="table-scroll">
          <table>
            <caption>{t('transfers.incomingCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('transfers.column.from')}</th>
                <th scope="col">{t('transfers.column.priority')}</th>
                <th scope="col">{t('transfers.column.languages')}</th>
                <th scope="col">{t('transfers.column.requested')}</th>
                <th scope="col">{t('transfers.column.status')}</th>
              </tr>
            </thead>
            <tbody>
              {transfers.map((transfer) => (
                <tr key={transfer.id}>
                  <th scope="row">{transfer.fromCentre}</th>
                  <td>
                    <PriorityBadge level={transfer.priority} />
                  </td>
                  <td>{transfer.languages.map(languageName).join(', ') || '—'}</td>
                  <td>{format.dateTime(transfer.requestedAt)}</td>
                  <td>
                    {t(TRANSFER_STATUS_LABEL[transfer.status])}
                    {transfer.declineReason ? <span className="cell-detail">{t(DECLINE_REASON_LABEL[transfer.declineReason])}</span> : null}
                    {transfer.newCaseId ? (
                      <span className="cell-detail">
                        <Link to={`/cases/${transfer.newCaseId}`}>{t('transfers.openNewCase')}</Link>
                      </span>
                    ) : null}
                    {transfer.status === 'requested' && mayAnswer ? <AnswerForm transfer={transfer} onDone={setDone} /> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <LoadMore hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} label={t('list.loadMore')} />
    </CaseSection>
  );
}

function AnswerForm({ transfer, onDone }: { transfer: IncomingTransfer; onDone: ShowDone }) {
  const { t } = useTranslation('cases');
  const can = useCan();
  const client = useQueryClient();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState<DeclineReason | ''>('');
  const [missing, setMissing] = useState(false);
  const answer = useMutation({
    mutationFn: (decision: { accept: true } | { accept: false; reason: DeclineReason }) =>
      decision.accept
        ? unwrap(api.case.POST('/transfers/{id}/accept', { params: { path: { id: transfer.id } } }))
        : unwrap(api.case.POST('/transfers/{id}/decline', { params: { path: { id: transfer.id } }, body: { reason: decision.reason } })),
    onSuccess: async (_transfer, decision) => {
      onDone(decision.accept ? t('transfers.accepted', { centre: transfer.fromCentre }) : t('transfers.declined', { centre: transfer.fromCentre }), { focus: true });
      await Promise.all([client.invalidateQueries({ queryKey: caseKeys.transfers }), client.invalidateQueries({ queryKey: caseKeys.list })]);
    },
  });
  const decline = (event: FormEvent) => {
    event.preventDefault();
    setMissing(reason === '');
    if (reason !== '') answer.mutate({ accept: false, reason });
  };
  const from = `: ${transfer.fromCentre}, ${transfer.requestedAt.slice(0, 10)}`;
  return (
    <div className="transfer-answer">
      <div className="button-row">
        {can('case', 'POST /transfers/:id/accept') ? (
          <button type="button" disabled={answer.isPending} onClick={() => answer.mutate({ accept: true })}>
            {t('transfers.accept')}
            <span className="visually-hidden">{from}</span>
          </button>
        ) : null}
        {can('case', 'POST /transfers/:id/decline') ? (
          <button type="button" className="secondary" aria-expanded={declining} onClick={() => setDeclining(!declining)}>
            {t('transfers.decline')}
            <span className="visually-hidden">{from}</span>
          </button>
        ) : null}
      </div>
      {declining ? (
        <form className="row-form" onSubmit={decline} noValidate>
          <Field label={t('transfers.declineReason')} required error={missing ? t('error.required') : undefined}>
            {(props) => (
              <select {...props} value={reason} onChange={(event) => setReason(event.target.value as DeclineReason | '')}>
                <option value="">{t('form.choose')}</option>
                {DECLINE_REASONS.map((code) => (
                  <option key={code} value={code}>
                    {t(DECLINE_REASON_LABEL[code])}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button type="submit" disabled={answer.isPending}>
            {t('transfers.declineSubmit')}
          </button>
        </form>
      ) : null}
      {answer.error ? <CaseError error={answer.error} /> : null}
    </div>
  );
}

function OutgoingSection({ status, onStatus }: { status: TransferStatus | ''; onStatus: (value: string) => void }) {
  const { t } = useTranslation('cases');
  const format = useFormat();
  const staffName = useStaffName();
  const list = useTransfers('outgoing', status);
  const transfers = list.items.filter(isOutgoing);
  return (
    <CaseSection id="outgoing" title={t('transfers.outgoing')}>
      <StatusFilter status={status} onStatus={onStatus} />
      {list.status === 'pending' ? <Loading /> : null}
      {list.status === 'error' ? <CaseError error={list.error} /> : null}
      {list.status === 'success' && transfers.length === 0 ? <p>{t('transfers.noneOutgoing')}</p> : null}
      {transfers.length > 0 ? (
        <div className="table-scroll">
          <table>
            <caption>{t('transfers.outgoingCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('transfers.column.to')}</th>
                <th scope="col">{t('transfers.column.case')}</th>
                <th scope="col">{t('transfers.column.requested')}</th>
                <th scope="col">{t('transfers.column.status')}</th>
              </tr>
            </thead>
            <tbody>
              {transfers.map((transfer) => (
                <tr key={transfer.id}>
                  <th scope="row">{transfer.toCentre}</th>
                  <td>
                    <Link to={`/cases/${transfer.caseId}`}>{t('transfers.openCase')}</Link>
                  </td>
                  <td>
                    {format.dateTime(transfer.requestedAt)}
                    <span className="cell-detail">{staffName(transfer.requestedBy)}</span>
                  </td>
                  <td>
                    {t(TRANSFER_STATUS_LABEL[transfer.status])}
                    {transfer.declineReason ? <span className="cell-detail">{t(DECLINE_REASON_LABEL[transfer.declineReason])}</span> : null}
                    {transfer.cancelReason ? <span className="cell-detail">{t(CANCEL_REASON_LABEL[transfer.cancelReason])}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <LoadMore hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} label={t('list.loadMore')} />
    </CaseSection>
  );
}
