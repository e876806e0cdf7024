import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/clients';
import { fieldErrors, unwrap } from '../../api/problem';
import { useFormat } from '../../i18n/format';
import { LANGUAGE_NAMES, LANGUAGES } from '../../i18n/languages';
import { useCan } from '../../session/session';
import { Field } from '../../ui/field';
import { AdminError } from '../shared/admin-error';
import { ConfirmAction } from '../shared/confirm-action';
import { OneTimeLink } from '../shared/one-time-link';
import { inviteBody, inviteErrors, type InviteDraft } from '../staff/staff-rules';
import type { Centre } from './centre-status';

/**
 * The operator's one part in a centre's staff: its first coordinator, invited (or found invited or
 * active already: the call is idempotent), and a fresh link while nobody coordinates the centre.
 */
export function FirstCoordinator({ centre }: { centre: Centre }) {
  const { t } = useTranslation('admin');
  const can = useCan();
  return (
    <section aria-labelledby="first-coordinator" className="admin-section">
      <h2 id="first-coordinator">{t('coordinator.title')}</h2>
      <p>{t('coordinator.intro')}</p>
      {can('centre', 'PUT /centres/:id/coordinator') ? <EnsureCoordinator centre={centre} /> : null}
      {can('centre', 'POST /centres/:id/coordinator/invitation') ? <ReissueCoordinatorLink centre={centre} /> : null}
    </section>
  );
}

function EnsureCoordinator({ centre }: { centre: Centre }) {
  const { t } = useTranslation('admin');
  const format = useFormat();
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<InviteDraft>({ name: '', email: '', roles: ['coordinator'], preferredLanguage: centre.languages[0] && (LANGUAGES as readonly string[]).includes(centre.languages[0]) ? centre.languages[0] : 'es' });
  const [tried, setTried] = useState(false);
  const [name, setName] = useState('');
  const ensure = useMutation({
    mutationFn: (body: { name: string; email: string; preferredLanguage: string }) => unwrap(api.centre.PUT('/centres/{id}/coordinator', { params: { path: { id: centre.id } }, body })),
  });
  const mistakes = tried ? inviteErrors(draft) : {};
  const fromApi = fieldErrors(ensure.error);
  const errorOf = (field: string) => {
    const key = mistakes[field];
    return key ? t(key) : fromApi[field];
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(inviteErrors(draft)).length > 0) {
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    const { name: invitedName, email, preferredLanguage = draft.preferredLanguage } = inviteBody(draft);
    setName(invitedName);
    ensure.mutate({ name: invitedName, email, preferredLanguage });
  };
  const outcome = ensure.data;
  const link = outcome && 'invitation' in outcome ? outcome.invitation : null;
  const pendingUntil = outcome && 'pendingUntil' in outcome ? outcome.pendingUntil : null;

  return (
    <>
      <h3>{t('coordinator.ensureTitle')}</h3>
      {link ? <OneTimeLink name={name} url={link.url} expiresAt={link.expiresAt} onDone={() => ensure.reset()} level={4} /> : null}
      {outcome?.status === 'active' ? <p role="status">{t('coordinator.active')}</p> : null}
      {pendingUntil ? <p role="status">{t('coordinator.pending', { date: format.dateTime(pendingUntil) })}</p> : null}
      <form ref={form} onSubmit={submit} noValidate className="admin-form">
        <Field label={t('staff.invite.name')} required error={errorOf('name')}>
          {(control) => <input {...control} type="text" autoComplete="off" maxLength={120} value={draft.name} onChange={(event) => setDraft({ ...draft, name: event.target.value })} />}
        </Field>
        <Field label={t('staff.invite.email')} required error={errorOf('email')}>
          {(control) => <input {...control} type="email" autoComplete="off" maxLength={254} value={draft.email} onChange={(event) => setDraft({ ...draft, email: event.target.value })} />}
        </Field>
        <Field label={t('staff.invite.language')} error={errorOf('preferredLanguage')}>
          {(control) => (
            <select {...control} value={draft.preferredLanguage} onChange={(event) => setDraft({ ...draft, preferredLanguage: event.target.value })}>
              {LANGUAGES.map((language) => (
                <option key={language} value={language} lang={language}>
                  {LANGUAGE_NAMES[language]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {ensure.isError ? <AdminError error={ensure.error} /> : null}
        <div className="admin-actions">
          <button type="submit" disabled={ensure.isPending}>
            {t('coordinator.ensure')}
          </button>
        </div>
      </form>
    </>
  );
}

function ReissueCoordinatorLink({ centre }: { centre: Centre }) {
  const { t } = useTranslation('admin');
  const reissue = useMutation({ mutationFn: () => unwrap(api.centre.POST('/centres/{id}/coordinator/invitation', { params: { path: { id: centre.id } } })) });
  return (
    <>
      <h3>{t('coordinator.reissueTitle')}</h3>
      {reissue.data ? (
        <OneTimeLink name={t('coordinator.someone')} url={reissue.data.invitation.url} expiresAt={reissue.data.invitation.expiresAt} onDone={() => reissue.reset()} level={4} />
      ) : (
        <>
          <p>{t('coordinator.reissueHint')}</p>
          <ConfirmAction
            label={t('coordinator.reissue')}
            question={t('coordinator.reissueQuestion', { name: centre.name })}
            confirmLabel={t('coordinator.reissueConfirm')}
            cancelLabel={t('cancel')}
            pending={reissue.isPending}
            onConfirm={() => reissue.mutate()}
          />
        </>
      )}
      {reissue.isError ? <AdminError error={reissue.error} /> : null}
    </>
  );
}
