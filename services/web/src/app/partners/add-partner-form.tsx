import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { api } from '../api/clients';
import { unwrap } from '../api/problem';
import { useSession } from '../session/session';
import { Field } from '../ui/field';
import { ErrorMessage } from '../ui/query-state';
import { apiErrors, emptyPartnerDraft, partnerBody, type FieldError, type NewPartnerBody, type PartnerDraft, type PartnerErrors, type PartnerProblem } from './partner-form';
import { OFFERED_LANGUAGES, PARTNER_SERVICES, type Partner } from './partner-labels';
import type { PartnerText } from './partner-text';

const PROBLEM = {
  'name.required': 'problem.name.required',
  'name.too-short': 'problem.name.too-short',
  'name.too-long': 'problem.name.too-long',
  'name.exists': 'problem.name.exists',
  'services.required': 'problem.services.required',
  'languages.invalid': 'problem.languages.invalid',
  'languages.repeated': 'problem.languages.repeated',
  'languages.too-many': 'problem.languages.too-many',
} as const satisfies Record<PartnerProblem, string>;

interface AddPartnerFormProps {
  text: PartnerText;
  onAdded: (partner: Partner) => void;
  onCancel: () => void;
}

/**
 * A coordinator adds an organisation to the centre's directory: its name, the services it offers,
 * the languages it serves in, whether a cooperation agreement is signed. Checked with the API's
 * rules before sending; what the API still refuses shows at its field.
 */
export function AddPartnerForm({ text, onAdded, onCancel }: AddPartnerFormProps) {
  const { t } = text;
  const session = useSession();
  const queries = useQueryClient();
  const headingId = useId();
  const servicesErrorId = useId();
  const languagesErrorId = useId();
  const nameInput = useRef<HTMLInputElement>(null);
  const firstService = useRef<HTMLInputElement>(null);
  const otherLanguages = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState<PartnerDraft>(emptyPartnerDraft);
  const [errors, setErrors] = useState<PartnerErrors>({});
  // The centre's own languages first, then the corridor's usual ones.
  const offered = [...new Set([...(session.centre?.languages ?? []).map((code) => code.toLowerCase()), ...OFFERED_LANGUAGES])];

  const add = useMutation({
    mutationFn: (body: NewPartnerBody) => unwrap(api.referral.POST('/partners', { body })),
    onSuccess: (partner) => {
      void queries.invalidateQueries({ queryKey: ['referral', 'partners'] });
      setDraft(emptyPartnerDraft());
      onAdded(partner);
    },
    onError: (error) => {
      const byField = apiErrors(error);
      if (byField) show(byField);
    },
  });

  const message = (error: FieldError | undefined) => (error === undefined ? undefined : 'problem' in error ? t(PROBLEM[error.problem]) : error.message);

  function show(found: PartnerErrors) {
    setErrors(found);
    // Focus goes to the first field to fix (WCAG 3.3.1), in the form's order.
    if (found.name) nameInput.current?.focus();
    else if (found.services) firstService.current?.focus();
    else if (found.languages) otherLanguages.current?.focus();
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = partnerBody(draft);
    if (!result.ok) return show(result.errors);
    setErrors({});
    add.mutate(result.body);
  };

  const toggle = <K extends 'services' | 'languages'>(field: K, value: PartnerDraft[K][number], on: boolean) =>
    setDraft((current) => {
      const list = current[field] as Array<PartnerDraft[K][number]>;
      return { ...current, [field]: on ? [...list, value] : list.filter((item) => item !== value) };
    });

  const servicesError = message(errors.services);
  const languagesError = message(errors.languages);
  return (
    <section className="add-partner" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('add.heading')}</h2>
      <form onSubmit={submit} noValidate>
        <Field label={t('add.name')} error={message(errors.name)} required>
          {(control) => (
            <input {...control} ref={nameInput} type="text" autoComplete="organization" maxLength={250} value={draft.name} onChange={(event) => setDraft({ ...draft, name: event.target.value })} />
          )}
        </Field>
        <fieldset className={servicesError ? 'choices field-invalid' : 'choices'} aria-describedby={servicesError ? servicesErrorId : undefined}>
          <legend>
            {t('add.services')}
            <span aria-hidden="true"> *</span>
          </legend>
          <p className="field-hint">{t('add.servicesHint')}</p>
          <div className="choice-grid">
            {PARTNER_SERVICES.map((service, index) => (
              <label key={service} className="choice">
                <input
                  ref={index === 0 ? firstService : undefined}
                  type="checkbox"
                  checked={draft.services.includes(service)}
                  aria-invalid={Boolean(servicesError)}
                  onChange={(event) => toggle('services', service, event.target.checked)}
                />
                {text.service(service)}
              </label>
            ))}
          </div>
          {servicesError ? (
            <p id={servicesErrorId} className="field-error">
              {servicesError}
            </p>
          ) : null}
        </fieldset>
        <fieldset className={languagesError ? 'choices field-invalid' : 'choices'} aria-describedby={languagesError ? languagesErrorId : undefined}>
          <legend>{t('add.languages')}</legend>
          <div className="choice-grid">
            {offered.map((code) => (
              <label key={code} className="choice">
                <input type="checkbox" checked={draft.languages.includes(code)} onChange={(event) => toggle('languages', code, event.target.checked)} />
                {text.language(code)}
              </label>
            ))}
          </div>
          <Field label={t('add.otherLanguages')} hint={t('add.otherLanguagesHint')}>
            {(control) => (
              <input
                {...control}
                ref={otherLanguages}
                type="text"
                autoCapitalize="none"
                spellCheck={false}
                aria-invalid={Boolean(languagesError)}
                value={draft.otherLanguages}
                onChange={(event) => setDraft({ ...draft, otherLanguages: event.target.value })}
              />
            )}
          </Field>
          {languagesError ? (
            <p id={languagesErrorId} className="field-error">
              {languagesError}
            </p>
          ) : null}
        </fieldset>
        <label className="choice agreement">
          <input type="checkbox" checked={draft.agreementSigned} onChange={(event) => setDraft({ ...draft, agreementSigned: event.target.checked })} />
          {t('add.agreement')}
        </label>
        {add.isError && !apiErrors(add.error) ? <ErrorMessage error={add.error} /> : null}
        <div className="form-actions">
          <button type="submit" disabled={add.isPending}>
            {t('add.save')}
          </button>
          <button type="button" className="secondary" onClick={onCancel}>
            {t('add.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
