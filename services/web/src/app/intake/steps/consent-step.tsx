import { useQuery } from '@tanstack/react-query';
import { useCan } from '../../session/session';
import { ErrorMessage, Loading } from '../../ui/query-state';
import type { ContactChannel } from '../intake-api.types';
import { partnersQuery } from '../intake-api';
import { contactChannelsOffered } from '../intake-body';
import { Checkbox, CheckboxGroup } from '../intake-controls';
import type { ConsentDraft } from '../intake-draft';
import { CHANNEL_LABELS } from '../intake-option-keys';
import type { StepProps } from './step-props';

/** Consent per purpose, as the person gives it: storing the data is the one without which nothing is recorded. */
export function ConsentStep({ draft, edit, error, labels }: StepProps) {
  const { t } = labels;
  const can = useCan();
  const consents = draft.consents;
  const set = <K extends keyof ConsentDraft>(key: K, value: ConsentDraft[K]) => edit((current) => ({ ...current, consents: { ...current.consents, [key]: value } }), ['consents']);
  const channels = contactChannelsOffered(draft);
  return (
    <>
      <p className="field-hint">{t('consents.intro')}</p>
      <Checkbox
        path="consents.storeData"
        label={t('consent.store-data')}
        hint={t('consents.storeDataHint')}
        checked={consents.storeData}
        onChange={(checked) => set('storeData', checked)}
        error={error('consents.storeData') ?? error('consents')}
      />
      <Checkbox path="consents.statistics" label={t('consent.statistics')} hint={t('consents.statisticsHint')} checked={consents.statistics} onChange={(checked) => set('statistics', checked)} />
      <Checkbox path="consents.transfer" label={t('consent.transfer')} hint={t('consents.transferHint')} checked={consents.transfer} onChange={(checked) => set('transfer', checked)} />
      {channels.length > 0 ? (
        <CheckboxGroup<ContactChannel>
          path="consents.contact"
          legend={t('consent.contact')}
          hint={t('consents.contactHint')}
          values={consents.contact.filter((channel) => channels.includes(channel))}
          options={labels.options(channels, CHANNEL_LABELS)}
          onChange={(contact) => set('contact', contact)}
        />
      ) : (
        <p>{t('consents.noChannel')}</p>
      )}
      {can('referral', 'GET /partners') ? <PartnerConsents consents={consents} onChange={(partners) => set('partners', partners)} labels={labels} /> : null}
    </>
  );
}

function PartnerConsents({ consents, onChange, labels }: { consents: ConsentDraft; onChange: (partners: string[]) => void; labels: StepProps['labels'] }) {
  const { t } = labels;
  const partners = useQuery(partnersQuery);
  if (partners.isPending) return <Loading />;
  if (partners.isError) return <ErrorMessage error={partners.error} />;
  if (partners.data.length === 0) return <p>{t('consents.noPartners')}</p>;
  return (
    <CheckboxGroup<string>
      path="consents.partners"
      legend={t('consent.share-with-partner')}
      hint={t('consents.partnersHint')}
      values={consents.partners}
      options={partners.data.map((partner) => ({ value: partner.id, label: partner.name }))}
      onChange={onChange}
    />
  );
}
