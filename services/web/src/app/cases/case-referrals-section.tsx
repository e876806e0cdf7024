import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../api/clients';
import { unwrap } from '../api/problem';
import { useFormat } from '../i18n/format';
import { useCan } from '../session/session';
import { Field } from '../ui/field';
import { Loading } from '../ui/query-state';
import type { Case, Partner, Referral, ReferralNeed, ReferralOutcome } from './case-api.types';
import { missingConsent, retryWhile } from './case-errors';
import { codesOf, NEED_LABEL, REFERRAL_OUTCOME_LABEL, REFERRAL_STATUS_LABEL } from './case-labels';
import { caseKeys, useCaseChanged, usePagedList } from './case-queries';
import { CaseError, CaseSection, Disclosure, Done, LoadMore, useStaffName, useDone, type ShowDone } from './case-ui';
import { ConsentOffer } from './consent-offer';
import { referToPartnerOf } from './refer-to-partner';

const NEEDS = codesOf(NEED_LABEL);
const OUTCOMES = codesOf(REFERRAL_OUTCOME_LABEL);

/** A consent recorded in the intake service reaches the referral service a moment later (an event): try a few times. */
const AFTER_CONSENT = { times: 8, wait: () => new Promise<void>((resolve) => setTimeout(resolve, 500)) };

const partnerOf = (referral: Referral): Partner | null => ('name' in referral.partner ? referral.partner : null);

export function ReferralsSection({ kase }: { kase: Case }) {
  const { t } = useTranslation('cases');
  const can = useCan();
  const [done, setDone] = useDone();
  const list = usePagedList(caseKeys.referrals(kase.id), (cursor) =>
    unwrap(api.referral.GET('/cases/{caseId}/referrals', { params: { path: { caseId: kase.id }, query: cursor ? { cursor } : {} } })),
  );
  return (
    <CaseSection id="referrals" title={t('referrals.title')}>
      {list.status === 'pending' ? <Loading /> : null}
      {list.status === 'error' ? <CaseError error={list.error} /> : null}
      {list.status === 'success' ? list.items.length === 0 ? <p>{t('referrals.none')}</p> : <ReferralTable kase={kase} referrals={list.items} onDone={setDone} /> : null}
      <LoadMore hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} label={t('list.loadMore')} />
      <Done {...done} />
      {kase.status !== 'closed' && can('referral', 'POST /cases/:caseId/referrals') ? <ReferForm kase={kase} onDone={setDone} /> : null}
    </CaseSection>
  );
}

function ReferralTable({ kase, referrals, onDone }: { kase: Case; referrals: readonly Referral[]; onDone: ShowDone }) {
  const { t } = useTranslation('cases');
  const format = useFormat();
  const can = useCan();
  const staffName = useStaffName();
  const mayRecord = can('referral', 'POST /cases/:caseId/referrals/:referralId/outcome');
  return (
    <div className="table-scroll">
      <table>
        <caption>{t('referrals.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('referrals.column.need')}</th>
            <th scope="col">{t('referrals.column.partner')}</th>
            <th scope="col">{t('referrals.column.made')}</th>
            <th scope="col">{t('referrals.column.status')}</th>
          </tr>
        </thead>
        <tbody>
          {referrals.map((referral) => {
            const partner = partnerOf(referral);
            return (
              <tr key={referral.id}>
                <th scope="row">{t(NEED_LABEL[referral.need])}</th>
                <td>{partner ? partner.name : t('referrals.partnerGone')}</td>
                <td>
                  {format.date(referral.madeAt)}
                  <span className="cell-detail">{staffName(referral.madeBy)}</span>
                </td>
                <td>
                  {t(REFERRAL_STATUS_LABEL[referral.status])}
                  {referral.status === 'made' && mayRecord ? (
                    <OutcomeForm kase={kase} referral={referral} partnerName={partner?.name ?? t('referrals.partnerGone')} onDone={onDone} />
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function OutcomeForm({ kase, referral, partnerName, onDone }: { kase: Case; referral: Referral; partnerName: string; onDone: ShowDone }) {
  const { t } = useTranslation('cases');
  const changed = useCaseChanged(kase.id);
  const [outcome, setOutcome] = useState<ReferralOutcome | ''>('');
  const record = useMutation({
    mutationFn: (chosen: ReferralOutcome) =>
      unwrap(api.referral.POST('/cases/{caseId}/referrals/{referralId}/outcome', { params: { path: { caseId: kase.id, referralId: referral.id } }, body: { outcome: chosen } })),
    onSuccess: async () => {
      onDone(t('referrals.outcomeRecorded'), { focus: true });
      await changed(caseKeys.referrals(kase.id));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (outcome !== '') record.mutate(outcome);
  };
  return (
    <form className="row-form" onSubmit={submit} noValidate>
      <Field label={t('referrals.outcomeOf', { partner: partnerName })}>
        {(props) => (
          <select {...props} value={outcome} onChange={(event) => setOutcome(event.target.value as ReferralOutcome | '')}>
            <option value="">{t('form.choose')}</option>
            {OUTCOMES.map((code) => (
              <option key={code} value={code}>
                {t(REFERRAL_OUTCOME_LABEL[code])}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" disabled={outcome === '' || record.isPending}>
        {t('referrals.recordOutcome')}
      </button>
      {record.error ? <CaseError error={record.error} /> : null}
    </form>
  );
}

function ReferForm({ kase, onDone }: { kase: Case; onDone: ShowDone }) {
  const { t } = useTranslation('cases');
  const changed = useCaseChanged(kase.id);
  // Arriving from "Refer a case to this partner": the form opens on that partner.
  const referTo = referToPartnerOf(useLocation().state);
  const [open, setOpen] = useState(referTo !== null);
  const [need, setNeed] = useState<ReferralNeed | ''>('');
  const [partnerId, setPartnerId] = useState(referTo?.partnerId ?? '');
  const [missing, setMissing] = useState<{ need?: boolean; partner?: boolean }>({});
  const partners = useQuery({
    queryKey: caseKeys.partners(need),
    queryFn: () => unwrap(api.referral.GET('/partners', { params: { query: { service: need === '' ? undefined : need, limit: 200 } } })),
    enabled: need !== '',
  });
  const partner = partners.data?.items.find((candidate) => candidate.id === partnerId) ?? null;
  // The partner chosen, if it offers the need chosen (a partner carried from the directory may not).
  const chosenId = partner?.id ?? '';
  const refer = useMutation({
    mutationFn: (input: { need: ReferralNeed; partnerId: string; afterConsent: boolean }) =>
      retryWhile(
        () => unwrap(api.referral.POST('/cases/{caseId}/referrals', { params: { path: { caseId: kase.id } }, body: { need: input.need, partnerId: input.partnerId } })),
        (error) => input.afterConsent && missingConsent(error) !== null,
        input.afterConsent ? AFTER_CONSENT : { times: 1, wait: () => Promise.resolve() },
      ),
    onSuccess: async () => {
      setOpen(false);
      setNeed('');
      setPartnerId('');
      onDone(t('referrals.made', { partner: partner?.name ?? '' }));
      await changed(caseKeys.referrals(kase.id));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing({ need: need === '', partner: chosenId === '' });
    if (need !== '' && chosenId !== '') refer.mutate({ need, partnerId: chosenId, afterConsent: false });
  };
  const consent = missingConsent(refer.error);
  return (
    <Disclosure label={t('referrals.open')} open={open} onOpenChange={setOpen} onOpen={() => onDone(null)}>
      <form onSubmit={submit} noValidate aria-label={t('referrals.formLabel')}>
        <Field label={t('referrals.need')} required error={missing.need ? t('error.required') : undefined}>
          {(props) => (
            <select
              {...props}
              value={need}
              onChange={(event) => {
                setNeed(event.target.value as ReferralNeed | '');
                setPartnerId(referTo?.partnerId ?? '');
                refer.reset();
              }}
            >
              <option value="">{t('form.choose')}</option>
              {NEEDS.map((code) => (
                <option key={code} value={code}>
                  {t(NEED_LABEL[code])}
                </option>
              ))}
            </select>
          )}
        </Field>
        {need !== '' && partners.status === 'pending' ? <Loading /> : null}
        {partners.error ? <CaseError error={partners.error} /> : null}
        {need !== '' && partners.status === 'success' && partners.data.items.length === 0 ? <p>{t('referrals.noPartners')}</p> : null}
        {need !== '' && partners.status === 'success' && partners.data.items.length > 0 ? (
          <Field label={t('referrals.partner')} required error={missing.partner ? t('error.required') : undefined}>
            {(props) => (
              <select
                {...props}
                value={chosenId}
                onChange={(event) => {
                  setPartnerId(event.target.value);
                  refer.reset();
                }}
              >
                <option value="">{t('form.choose')}</option>
                {partners.data.items.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.agreementSigned ? candidate.name : t('referrals.noAgreement', { partner: candidate.name })}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        {refer.error ? <CaseError error={refer.error} /> : null}
        <div className="button-row">
          <button type="submit" disabled={refer.isPending}>
            {t('referrals.submit')}
          </button>
          <button type="button" className="secondary" onClick={() => setOpen(false)}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
      {consent === 'share-with-partner' && partner && need !== '' ? (
        <ConsentOffer
          personId={kase.personId}
          scope={{ purpose: 'share-with-partner', partnerId: partner.id }}
          subject={partner.name}
          retrying={refer.isPending}
          onRecorded={() => refer.mutate({ need, partnerId: partner.id, afterConsent: true })}
        />
      ) : null}
    </Disclosure>
  );
}
