import { useInfiniteQuery } from '@tanstack/react-query';
import { useId, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../api/clients';
import { unwrap } from '../api/problem';
import { useFormat } from '../i18n/format';
import { useCan, useSession } from '../session/session';
import { Field } from '../ui/field';
import { Page } from '../ui/page';
import { ErrorMessage, Loading } from '../ui/query-state';
import { Status } from '../ui/status';
import { AddPartnerForm } from './add-partner-form';
import { PartnerEntry } from './partner-entry';
import { PARTNER_SERVICES, type Partner } from './partner-labels';
import { matchesSearch, serviceFromSearch } from './partner-search';
import { usePartnerText } from './partner-text';
import './partners.css';

const PAGE_SIZE = 100;

/**
 * The centre's partner directory: organisations to refer people to, by the service they offer,
 * with their languages and contacts; coordinators add new ones. Referring a case starts from here
 * and is completed on the case (where the person's consent to share is checked).
 */
export function PartnersScreen() {
  const text = usePartnerText();
  const { t } = text;
  const { number } = useFormat();
  const can = useCan();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const service = serviceFromSearch(params, PARTNER_SERVICES);
  const [search, setSearch] = useState('');
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const formId = useId();

  const mayList = can('referral', 'GET /partners');
  const mayAdd = can('referral', 'POST /partners');
  const mayRefer = can('referral', 'POST /cases/:caseId/referrals');

  const partners = useInfiniteQuery({
    queryKey: ['referral', 'partners', { service }],
    queryFn: ({ pageParam }) =>
      unwrap(api.referral.GET('/partners', { params: { query: { limit: PAGE_SIZE, ...(service ? { service } : {}), ...(pageParam ? { cursor: pageParam } : {}) } } })),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    enabled: mayList,
  });
  const all = useMemo(() => partners.data?.pages.flatMap((page) => page.items) ?? [], [partners.data]);
  const shown = useMemo(() => all.filter((partner) => matchesSearch(partner, search)), [all, search]);

  if (!mayList) {
    return (
      <Page title={t('title')}>
        <p>{t('notForRole')}</p>
      </Page>
    );
  }

  const onAdded = (partner: Partner) => {
    setAdding(false);
    setAdded(partner.name);
    addButton.current?.focus();
  };

  const actions = mayAdd ? (
    <button
      ref={addButton}
      type="button"
      aria-expanded={adding}
      aria-controls={formId}
      onClick={() => {
        setAdding(!adding);
        setAdded(null);
      }}
    >
      {t('add.open')}
    </button>
  ) : null;

  return (
    <Page title={t('title')} actions={actions}>
      <p className="partners-intro">{t('intro')}</p>
      {mayRefer ? <p className="partners-intro">{t('refer.hint')}</p> : null}
      <Status message={added ? t('add.added', { name: added }) : ''} tone="success" />
      <div id={formId}>{adding ? <AddPartnerForm text={text} onAdded={onAdded} onCancel={() => setAdding(false)} /> : null}</div>
      <div role="search" className="partner-filters" aria-label={t('filters.label')}>
        <Field label={t('filters.service')}>
          {(control) => (
            <select
              {...control}
              value={service ?? ''}
              onChange={(event) => setParams(event.target.value ? new URLSearchParams({ service: event.target.value }) : new URLSearchParams())}
            >
              <option value="">{t('filters.allServices')}</option>
              {PARTNER_SERVICES.map((value) => (
                <option key={value} value={value}>
                  {text.service(value)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('filters.search')} hint={t('filters.searchHint')}>
          {(control) => <input {...control} type="search" value={search} onChange={(event) => setSearch(event.target.value)} />}
        </Field>
      </div>
      {partners.isPending ? <Loading /> : null}
      {partners.isError ? <ErrorMessage error={partners.error} /> : null}
      {partners.data ? (
        <>
          <p role="status" className="partner-count">
            {all.length === 0 && !service ? t('empty') : shown.length === 0 ? t('none') : t('count', { count: shown.length, n: number(shown.length) })}
          </p>
          <ul className="partner-list">
            {shown.map((partner) => (
              <li key={partner.id}>
                <PartnerEntry partner={partner} text={text} mayRefer={mayRefer} isCoordinator={user.roles.includes('coordinator')} />
              </li>
            ))}
          </ul>
          {partners.hasNextPage ? (
            <button type="button" className="secondary" disabled={partners.isFetchingNextPage} onClick={() => void partners.fetchNextPage()}>
              {t('more')}
            </button>
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
