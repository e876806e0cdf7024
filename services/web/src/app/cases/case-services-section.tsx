import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/clients';
import { unwrap } from '../api/problem';
import { todayIn, useFormat } from '../i18n/format';
import { useCan, useSession } from '../session/session';
import { Field } from '../ui/field';
import { Loading } from '../ui/query-state';
import type { Case, RecordService, ServiceDelivery } from './case-api.types';
import { codesOf, OFFICE_LABEL, PROCEDURE_LABEL, SERVICE_TYPE_LABEL } from './case-labels';
import { caseKeys, useCaseChanged, usePagedList } from './case-queries';
import { CaseError, CaseSection, Disclosure, Done, FormProblems, LoadMore, useFieldErrors, useLanguageName, useStaffName, useDone, type ShowDone } from './case-ui';
import { checkLine, type FormErrors } from './form-rules';
import { emptyServiceDraft, SERVICE_TYPES, serviceBody, type ServiceDraft } from './service-form';

/** Languages offered for a service: the person's, the centre's, and the corridor's most common. */
function useLanguageChoices(kase: Case): string[] {
  const session = useSession();
  return [...new Set([...kase.profile.languages, ...(session.centre?.languages ?? []), 'es', 'en', 'ht', 'fr', 'pt'])];
}

export function ServicesSection({ kase }: { kase: Case }) {
  const { t } = useTranslation('cases');
  const can = useCan();
  const [done, setDone] = useDone();
  const list = usePagedList(caseKeys.services(kase.id), (cursor) =>
    unwrap(api.case.GET('/cases/{id}/services', { params: { path: { id: kase.id }, query: cursor ? { cursor } : {} } })),
  );
  return (
    <CaseSection id="services" title={t('services.title')}>
      {list.status === 'pending' ? <Loading /> : null}
      {list.status === 'error' ? <CaseError error={list.error} /> : null}
      {list.status === 'success' ? list.items.length === 0 ? <p>{t('services.none')}</p> : <ServiceTable kase={kase} services={list.items} onDone={setDone} /> : null}
      <LoadMore hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} label={t('list.loadMore')} />
      <Done {...done} />
      {kase.status !== 'closed' && can('case', 'POST /cases/:id/services') ? <RecordServiceForm kase={kase} onDone={setDone} /> : null}
    </CaseSection>
  );
}

function ServiceTable({ kase, services, onDone }: { kase: Case; services: readonly ServiceDelivery[]; onDone: ShowDone }) {
  const { t } = useTranslation('cases');
  const format = useFormat();
  const can = useCan();
  const staffName = useStaffName();
  const languageName = useLanguageName();
  const [voiding, setVoiding] = useState<ServiceDelivery | null>(null);
  const mayVoid = kase.status !== 'closed' && can('case', 'POST /cases/:id/services/:serviceId/void');
  const detailOf = (service: ServiceDelivery): string | null => {
    if (service.accompaniment) return `${t(OFFICE_LABEL[service.accompaniment.office])} · ${t(PROCEDURE_LABEL[service.accompaniment.procedure])}`;
    if (service.interpretation) return t('services.interpretationDetail', { from: languageName(service.interpretation.fromLanguage), to: languageName(service.interpretation.toLanguage) });
    return service.description;
  };
  return (
    <>
      <div className="table-scroll">
        <table>
          <caption>{t('services.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('services.column.date')}</th>
              <th scope="col">{t('services.column.service')}</th>
              <th scope="col">{t('services.column.language')}</th>
              <th scope="col">{t('services.column.duration')}</th>
              <th scope="col">{t('services.column.by')}</th>
              {mayVoid ? <th scope="col">{t('services.column.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {services.map((service) => {
              const detail = detailOf(service);
              return (
                <tr key={service.id} className={service.voided ? 'voided' : undefined}>
                  <td>{format.day(service.deliveredOn)}</td>
                  <th scope="row">
                    {service.voided ? <del>{t(SERVICE_TYPE_LABEL[service.type])}</del> : t(SERVICE_TYPE_LABEL[service.type])}
                    {detail ? <span className="cell-detail">{detail}</span> : null}
                    {service.note ? <span className="cell-detail note-text">{service.note}</span> : null}
                    {service.voided ? <span className="cell-detail">{t('services.voidedBecause', { reason: service.voided.reason })}</span> : null}
                  </th>
                  <td>{service.language ? languageName(service.language) : '—'}</td>
                  <td>{service.durationMinutes === null ? '—' : t('services.minutes', { count: service.durationMinutes })}</td>
                  <td>{staffName(service.deliveredBy)}</td>
                  {mayVoid ? (
                    <td>
                      {service.voided ? null : (
                        <button type="button" id={`void-${service.id}`} className="secondary" onClick={() => setVoiding(service)}>
                          {t('services.void')}
                          <span className="visually-hidden">{`: ${t(SERVICE_TYPE_LABEL[service.type])}, ${format.day(service.deliveredOn)}`}</span>
                        </button>
                      )}
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {voiding ? (
        <VoidServiceForm
          kase={kase}
          service={voiding}
          onClose={(message) => {
            const id = voiding.id;
            setVoiding(null);
            if (message) onDone(message, { focus: true });
            else document.getElementById(`void-${id}`)?.focus();
          }}
        />
      ) : null}
    </>
  );
}

function VoidServiceForm({ kase, service, onClose }: { kase: Case; service: ServiceDelivery; onClose: (message: string | null) => void }) {
  const { t } = useTranslation('cases');
  const format = useFormat();
  const changed = useCaseChanged(kase.id);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors>({});
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const voidIt = useMutation({
    mutationFn: (why: string) => unwrap(api.case.POST('/cases/{id}/services/{serviceId}/void', { params: { path: { id: kase.id, serviceId: service.id } }, body: { reason: why } })),
    onSuccess: async () => {
      onClose(t('services.voided'));
      await changed(caseKeys.services(kase.id));
    },
  });
  const errorOf = useFieldErrors(errors, voidIt.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkLine(reason, { max: 500, required: true });
    setErrors(checked.error ? { reason: checked.error } : {});
    if (checked.value !== null) voidIt.mutate(checked.value);
  };
  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-labelledby="void-service-title">
      <h3 id="void-service-title">{t('services.voidTitle', { service: t(SERVICE_TYPE_LABEL[service.type]), date: format.day(service.deliveredOn) })}</h3>
      <Field label={t('services.voidReason')} required error={errorOf('reason')}>
        {(props) => <input {...props} ref={first} value={reason} onChange={(event) => setReason(event.target.value)} maxLength={500} />}
      </Field>
      {voidIt.error ? <CaseError error={voidIt.error} /> : null}
      <div className="button-row">
        <button type="submit" disabled={voidIt.isPending}>
          {t('services.voidSubmit')}
        </button>
        <button type="button" className="secondary" onClick={() => onClose(null)}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}

function RecordServiceForm({ kase, onDone }: { kase: Case; onDone: ShowDone }) {
  const { t } = useTranslation('cases');
  const format = useFormat();
  const languageName = useLanguageName();
  const languages = useLanguageChoices(kase);
  const changed = useCaseChanged(kase.id);
  const today = todayIn(format.timeZone);
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<ServiceDraft>(() => emptyServiceDraft(today));
  const [errors, setErrors] = useState<FormErrors>({});
  const [attempts, setAttempts] = useState(0);
  const record = useMutation({
    mutationFn: (body: RecordService) => unwrap(api.case.POST('/cases/{id}/services', { params: { path: { id: kase.id } }, body })),
    onSuccess: async (service) => {
      setOpen(false);
      setDraft(emptyServiceDraft(today));
      onDone(t('services.recorded', { service: t(SERVICE_TYPE_LABEL[service.type]) }));
      await changed(caseKeys.services(kase.id));
    },
  });
  const errorOf = useFieldErrors(errors, record.error);
  const set = <K extends keyof ServiceDraft>(name: K, value: ServiceDraft[K]) => setDraft((current) => ({ ...current, [name]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempts((count) => count + 1);
    const result = serviceBody(draft, today);
    setErrors(result.ok ? {} : result.errors);
    if (result.ok) record.mutate(result.body);
  };
  const languageOptions = (
    <>
      {languages.map((code) => (
        <option key={code} value={code}>
          {languageName(code)}
        </option>
      ))}
    </>
  );
  return (
    <Disclosure label={t('services.open')} open={open} onOpenChange={setOpen} onOpen={() => onDone(null)}>
      <form onSubmit={submit} noValidate aria-label={t('services.formLabel')}>
        <FormProblems count={Object.keys(errors).length} focusKey={attempts} />
        <Field label={t('services.type')} required error={errorOf('type')}>
          {(props) => (
            <select {...props} value={draft.type} onChange={(event) => set('type', event.target.value as ServiceDraft['type'])}>
              <option value="">{t('form.choose')}</option>
              {SERVICE_TYPES.map((code) => (
                <option key={code} value={code}>
                  {t(SERVICE_TYPE_LABEL[code])}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('services.deliveredOn')} required error={errorOf('deliveredOn')}>
          {(props) => <input {...props} type="date" max={today} value={draft.deliveredOn} onChange={(event) => set('deliveredOn', event.target.value)} />}
        </Field>
        {draft.type === 'accompaniment' ? (
          <>
            <Field label={t('services.office')} required error={errorOf('accompaniment.office')}>
              {(props) => (
                <select {...props} value={draft.office} onChange={(event) => set('office', event.target.value)}>
                  <option value="">{t('form.choose')}</option>
                  {codesOf(OFFICE_LABEL).map((code) => (
                    <option key={code} value={code}>
                      {t(OFFICE_LABEL[code])}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('services.procedure')} required error={errorOf('accompaniment.procedure')}>
              {(props) => (
                <select {...props} value={draft.procedure} onChange={(event) => set('procedure', event.target.value)}>
                  <option value="">{t('form.choose')}</option>
                  {codesOf(PROCEDURE_LABEL).map((code) => (
                    <option key={code} value={code}>
                      {t(PROCEDURE_LABEL[code])}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </>
        ) : null}
        {draft.type === 'interpretation' ? (
          <>
            <Field label={t('services.fromLanguage')} required error={errorOf('interpretation.fromLanguage')}>
              {(props) => (
                <select {...props} value={draft.fromLanguage} onChange={(event) => set('fromLanguage', event.target.value)}>
                  <option value="">{t('form.choose')}</option>
                  {languageOptions}
                </select>
              )}
            </Field>
            <Field label={t('services.toLanguage')} required error={errorOf('interpretation.toLanguage')}>
              {(props) => (
                <select {...props} value={draft.toLanguage} onChange={(event) => set('toLanguage', event.target.value)}>
                  <option value="">{t('form.choose')}</option>
                  {languageOptions}
                </select>
              )}
            </Field>
          </>
        ) : null}
        {draft.type === 'other' ? (
          <Field label={t('services.description')} required error={errorOf('other.description')}>
            {(props) => <input {...props} value={draft.description} maxLength={200} onChange={(event) => set('description', event.target.value)} />}
          </Field>
        ) : null}
        {draft.type !== 'interpretation' ? (
          <Field label={t('services.language')} error={errorOf('language')} hint={t('services.languageHint')}>
            {(props) => (
              <select {...props} value={draft.language} onChange={(event) => set('language', event.target.value)}>
                <option value="">{t('form.notSaid')}</option>
                {languageOptions}
              </select>
            )}
          </Field>
        ) : null}
        <Field label={t('services.duration')} error={errorOf('durationMinutes')}>
          {(props) => (
            <input {...props} type="number" inputMode="numeric" min={1} max={1440} step={1} value={draft.durationMinutes} onChange={(event) => set('durationMinutes', event.target.value)} />
          )}
        </Field>
        <Field label={t('services.note')} error={errorOf('note')} hint={t('services.noteHint')}>
          {(props) => <textarea {...props} rows={3} maxLength={2000} value={draft.note} onChange={(event) => set('note', event.target.value)} />}
        </Field>
        {record.error ? <CaseError error={record.error} /> : null}
        <div className="button-row">
          <button type="submit" disabled={record.isPending}>
            {t('services.submit')}
          </button>
          <button type="button" className="secondary" onClick={() => setOpen(false)}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </Disclosure>
  );
}
