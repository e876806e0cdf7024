import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/clients';
import { ApiError, unwrap } from '../../api/problem';
import { todayIn } from '../../i18n/format';
import { useSession } from '../../session/session';
import { Field } from '../../ui/field';
import { AdminError } from '../shared/admin-error';
import { agreementBody, agreementErrors, draftWithTermsOf, emptyDraft, formFieldOf, startDays, withMeasure, type AgreementBody, type AgreementDraft, type SharingAgreement } from './agreement-form';
import { IndicatorPicker } from './indicator-picker';
import { NetworkField } from './network-field';
import { DEFAULT_K, INDICATOR_IDS, MAX_K, MAX_ROUND_TO, MEASURES, MIN_K, PERIOD_KINDS } from './sharing-catalog';
import { PERIOD_KIND_LABELS } from './sharing-labels';
import { AGREEMENTS_KEY } from './sharing-queries';
import { useCatalogWords } from './use-catalog-words';

interface AgreementFormProps {
  /** The centre's active agreements: a new one must use the same terms. */
  active: readonly SharingAgreement[];
  networks: readonly string[] | null;
  seen: readonly string[];
}

export function AgreementForm({ active, networks, seen }: AgreementFormProps) {
  const { t } = useTranslation('admin');
  const session = useSession();
  const words = useCatalogWords();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const form = useRef<HTMLFormElement>(null);
  const today = todayIn(session.centre?.timeZone ?? 'America/Mexico_City');
  const template = active[0];
  const [draft, setDraft] = useState<AgreementDraft>(() => (template ? draftWithTermsOf(template, today) : emptyDraft(today)));
  const [tried, setTried] = useState(false);
  const [sent, setSent] = useState<AgreementBody | null>(null);

  const record = useMutation({
    mutationFn: (body: AgreementBody) => unwrap(api.reporting.POST('/sharing-agreements', { body })),
    onSuccess: (agreement) => {
      void queries.invalidateQueries({ queryKey: AGREEMENTS_KEY });
      void navigate('/admin/sharing', { state: { recorded: agreement.network } });
    },
  });

  const context = { today, active };
  const mistakes = agreementErrors(draft, context);
  const errors: Record<string, string> = {};
  if (record.error instanceof ApiError && sent) {
    for (const item of record.error.problem.errors ?? []) errors[formFieldOf(item.field.replace(/^body\./, ''), sent)] ??= item.message;
  }
  if (tried) for (const [field, key] of Object.entries(mistakes)) errors[field] = t(key);
  const { first, last } = startDays(today);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(mistakes).length > 0) {
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"], .admin-terms-error')?.focus());
      return;
    }
    const body = agreementBody(draft);
    setSent(body);
    record.mutate(body);
  };

  return (
    <form ref={form} onSubmit={submit} noValidate className="admin-form">
      {template ? (
        <div className="admin-note">
          <p>{t('sharing.form.sameTerms', { networks: active.map((agreement) => agreement.network).join(', ') })}</p>
        </div>
      ) : null}

      <section aria-labelledby="agreement-network" className="admin-section">
        <h2 id="agreement-network">{t('sharing.form.networkTitle')}</h2>
        <NetworkField value={draft.network} onChange={(network) => setDraft({ ...draft, network })} networks={networks} seen={seen} error={errors['network']} />
      </section>

      <section aria-labelledby="agreement-figures" className="admin-section">
        <h2 id="agreement-figures">{t('sharing.form.figuresTitle')}</h2>
        <fieldset className={errors['indicators'] ? 'admin-fieldset field-invalid' : 'admin-fieldset'} aria-describedby={errors['indicators'] ? 'agreement-indicators-error' : 'agreement-indicators-hint'}>
          <legend>
            {t('sharing.form.indicators')}
            <span aria-hidden="true"> *</span>
          </legend>
          <p id="agreement-indicators-hint" className="field-hint">
            {t('sharing.form.indicatorsHint')}
          </p>
          {INDICATOR_IDS.map((indicator) => (
            <IndicatorPicker key={indicator} indicator={indicator} draft={draft} onChange={setDraft} error={errors[`indicator.${indicator}`]} />
          ))}
          {errors['indicators'] ? (
            <p id="agreement-indicators-error" className="field-error">
              {errors['indicators']}
            </p>
          ) : null}
        </fieldset>
        <fieldset className="admin-fieldset">
          <legend>{t('sharing.form.measures')}</legend>
          <p className="field-hint">{t('sharing.form.measuresHint')}</p>
          {MEASURES.map((measure) => (
            <div className="admin-check" key={measure}>
              <input id={`measure-${measure}`} type="checkbox" checked={draft.measures.includes(measure)} onChange={(event) => setDraft(withMeasure(draft, measure, event.target.checked))} />
              <label htmlFor={`measure-${measure}`}>{words.measure(measure)}</label>
            </div>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="agreement-when" className="admin-section">
        <h2 id="agreement-when">{t('sharing.form.whenTitle')}</h2>
        <Field label={t('sharing.form.from')} hint={t('sharing.form.fromHint')} required error={errors['from']}>
          {(control) => <input {...control} type="date" min={first} max={last} value={draft.from} onChange={(event) => setDraft({ ...draft, from: event.target.value })} />}
        </Field>
        <fieldset className="admin-fieldset">
          <legend>{t('sharing.form.periodKind')}</legend>
          {PERIOD_KINDS.map((kind) => (
            <div className="admin-check" key={kind}>
              <input id={`period-${kind}`} type="radio" name="periodKind" value={kind} checked={draft.periodKind === kind} onChange={() => setDraft({ ...draft, periodKind: kind })} />
              <label htmlFor={`period-${kind}`}>{t(PERIOD_KIND_LABELS[kind])}</label>
            </div>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="agreement-protection" className="admin-section">
        <h2 id="agreement-protection">{t('sharing.form.protectionTitle')}</h2>
        <Field label={t('sharing.form.k')} hint={t('sharing.form.kHint', { min: MIN_K, usual: DEFAULT_K })} required error={errors['k']}>
          {(control) => <input {...control} type="number" inputMode="numeric" min={MIN_K} max={MAX_K} step={1} value={draft.k} onChange={(event) => setDraft({ ...draft, k: event.target.value })} />}
        </Field>
        <Field label={t('sharing.form.roundTo')} hint={t('sharing.form.roundToHint')} error={errors['roundTo']}>
          {(control) => <input {...control} type="number" inputMode="numeric" min={2} max={MAX_ROUND_TO} step={1} value={draft.roundTo} onChange={(event) => setDraft({ ...draft, roundTo: event.target.value })} />}
        </Field>
      </section>

      {errors['terms'] ? (
        <p role="alert" tabIndex={-1} className="error-message admin-terms-error">
          {errors['terms']}
        </p>
      ) : null}
      {record.isError ? <AdminError error={record.error} /> : null}
      <div className="admin-actions">
        <button type="submit" disabled={record.isPending}>
          {t('sharing.form.submit')}
        </button>
      </div>
    </form>
  );
}
