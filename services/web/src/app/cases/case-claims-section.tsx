import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/clients';
import { unwrap } from '../api/problem';
import { useFormat } from '../i18n/format';
import { useCan } from '../session/session';
import { Field } from '../ui/field';
import { Loading } from '../ui/query-state';
import type { Case, HearingOutcome, LabourClaim } from './case-api.types';
import { isStale } from './case-errors';
import { AMOUNT_LABEL, AUTHORITY_LABEL, CLAIM_DATE_LABEL, CLAIM_STATUS_LABEL, CLAIM_TYPE_LABEL, HEARING_KIND_LABEL, HEARING_OUTCOME_LABEL } from './case-labels';
import { caseKeys, useCaseChanged, usePagedList } from './case-queries';
import { CaseError, CaseSection, Done, LoadMore, useDone, type ShowDone } from './case-ui';
import { AMOUNT_NAMES } from './claim-amounts';
import { awaitsOutcome, DATE_NAMES, HEARING_OUTCOMES } from './claim-form';
import { ClaimStepForm, HearingForm, NewClaimForm } from './claim-forms';

export function ClaimsSection({ kase }: { kase: Case }) {
  const { t } = useTranslation('cases');
  const can = useCan();
  const [done, setDone] = useDone();
  const list = usePagedList(caseKeys.claims(kase.id), (cursor) =>
    unwrap(api.case.GET('/cases/{id}/labour-claims', { params: { path: { id: kase.id }, query: cursor ? { cursor } : {} } })),
  );
  return (
    <CaseSection id="claims" title={t('claims.title')}>
      {list.status === 'pending' ? <Loading /> : null}
      {list.status === 'error' ? <CaseError error={list.error} /> : null}
      {list.status === 'success' && list.items.length === 0 ? <p>{t('claims.none')}</p> : null}
      {list.items.map((claim) => (
        <ClaimCard key={claim.id} kase={kase} claim={claim} onDone={setDone} />
      ))}
      <LoadMore hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} label={t('list.loadMore')} />
      <Done {...done} />
      {kase.status !== 'closed' && can('case', 'POST /cases/:id/labour-claims') ? <NewClaimForm kase={kase} onDone={setDone} /> : null}
    </CaseSection>
  );
}

function ClaimCard({ kase, claim, onDone }: { kase: Case; claim: LabourClaim; onDone: ShowDone }) {
  const { t } = useTranslation('cases');
  const format = useFormat();
  const can = useCan();
  const headingId = useId();
  const today = format.today();
  const money = (amount: string | null) => (amount === null ? '—' : format.money(amount, claim.currency));
  const workable = kase.status !== 'closed';
  return (
    <article className="claim" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('claims.heading', { claimType: t(CLAIM_TYPE_LABEL[claim.claimType]), employer: claim.employer })}</h3>
      <dl className="claim-facts">
        <div>
          <dt>{t('claims.status')}</dt>
          <dd>{t(CLAIM_STATUS_LABEL[claim.status])}</dd>
        </div>
        <div>
          <dt>{t('claims.authority')}</dt>
          <dd>{t(AUTHORITY_LABEL[claim.authority])}</dd>
        </div>
        {DATE_NAMES.map((name) =>
          claim.dates[name] ? (
            <div key={name}>
              <dt>{t(CLAIM_DATE_LABEL[name])}</dt>
              <dd>{format.day(claim.dates[name] ?? '')}</dd>
            </div>
          ) : null,
        )}
      </dl>
      <div className="table-scroll">
        <table className="claim-amounts">
          <caption>{t('claims.amountsCaption', { currency: claim.currency })}</caption>
          <tbody>
            {AMOUNT_NAMES.map((name) => (
              <tr key={name}>
                <th scope="row">{t(AMOUNT_LABEL[name])}</th>
                <td className="amount">{money(claim.amounts[name])}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('amount.outstanding')}</th>
              <td className="amount">{money(claim.amounts.outstanding)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <HearingsTable kase={kase} claim={claim} today={today} onDone={onDone} />
      {workable && can('case', 'PATCH /cases/:id/labour-claims/:claimId') ? <ClaimStepForm kase={kase} claim={claim} onDone={onDone} /> : null}
      {workable && can('case', 'POST /cases/:id/labour-claims/:claimId/hearings') ? <HearingForm kase={kase} claim={claim} onDone={onDone} /> : null}
    </article>
  );
}

function HearingsTable({ kase, claim, today, onDone }: { kase: Case; claim: LabourClaim; today: string; onDone: ShowDone }) {
  const { t } = useTranslation('cases');
  const format = useFormat();
  const can = useCan();
  const mayRecord = kase.status !== 'closed' && can('case', 'PATCH /cases/:id/labour-claims/:claimId/hearings/:hearingId');
  if (claim.hearings.length === 0) return <p>{t('claims.noHearings')}</p>;
  return (
    <div className="table-scroll">
      <table>
        <caption>{t('claims.hearingsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('claims.hearingDate')}</th>
            <th scope="col">{t('claims.hearingKind')}</th>
            <th scope="col">{t('claims.hearingOutcome')}</th>
          </tr>
        </thead>
        <tbody>
          {claim.hearings.map((hearing) => (
            <tr key={hearing.id}>
              <td>{format.day(hearing.on)}</td>
              <th scope="row">{t(HEARING_KIND_LABEL[hearing.kind])}</th>
              <td>
                {hearing.outcome ? (
                  t(HEARING_OUTCOME_LABEL[hearing.outcome])
                ) : mayRecord && awaitsOutcome(hearing, today) ? (
                  <HearingOutcomeForm kase={kase} claim={claim} hearingId={hearing.id} label={t('claims.outcomeOf', { date: format.day(hearing.on) })} onDone={onDone} />
                ) : (
                  t('claims.hearingAhead')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function HearingOutcomeForm({ kase, claim, hearingId, label, onDone }: { kase: Case; claim: LabourClaim; hearingId: string; label: string; onDone: ShowDone }) {
  const { t } = useTranslation('cases');
  const changed = useCaseChanged(kase.id);
  const [outcome, setOutcome] = useState<HearingOutcome | ''>('');
  const record = useMutation({
    mutationFn: (chosen: HearingOutcome) =>
      unwrap(
        api.case.PATCH('/cases/{id}/labour-claims/{claimId}/hearings/{hearingId}', {
          params: { path: { id: kase.id, claimId: claim.id, hearingId } },
          body: { outcome: chosen, expectedVersion: claim.version },
        }),
      ),
    onSuccess: async () => {
      onDone(t('claims.outcomeRecorded'), { focus: true });
      await changed(caseKeys.claims(kase.id));
    },
    onError: async (error) => {
      if (isStale(error)) await changed(caseKeys.claims(kase.id));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (outcome !== '') record.mutate(outcome);
  };
  return (
    <form className="row-form" onSubmit={submit} noValidate>
      <Field label={label}>
        {(props) => (
          <select {...props} value={outcome} onChange={(event) => setOutcome(event.target.value as HearingOutcome | '')}>
            <option value="">{t('form.choose')}</option>
            {HEARING_OUTCOMES.map((code) => (
              <option key={code} value={code}>
                {t(HEARING_OUTCOME_LABEL[code])}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" disabled={outcome === '' || record.isPending}>
        {t('claims.recordOutcome')}
      </button>
      {record.error ? <CaseError error={record.error} /> : null}
    </form>
  );
}
