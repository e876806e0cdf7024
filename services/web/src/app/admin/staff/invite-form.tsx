import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/clients';
import { fieldErrors, unwrap } from '../../api/problem';
import { LANGUAGE_NAMES, LANGUAGES } from '../../i18n/languages';
import { useSession } from '../../session/session';
import { Field } from '../../ui/field';
import { AdminError } from '../shared/admin-error';
import { OneTimeLink } from '../shared/one-time-link';
import { RolesFieldset } from './roles-fieldset';
import { emptyInvite, inviteBody, inviteErrors, type InviteDraft } from './staff-rules';
import { STAFF_KEY } from './staff-queries';

interface Invited {
  name: string;
  url: string;
  expiresAt: string;
}

/** Invites someone with their roles; the answer's one-time link is shown once, to hand over (no email is sent). */
export function InviteForm() {
  const { t } = useTranslation('admin');
  const session = useSession();
  const queries = useQueryClient();
  const [draft, setDraft] = useState<InviteDraft>(() => emptyInvite(session.language));
  const [tried, setTried] = useState(false);
  const [invited, setInvited] = useState<Invited | null>(null);
  const form = useRef<HTMLFormElement>(null);

  const invite = useMutation({
    mutationFn: (body: ReturnType<typeof inviteBody>) => unwrap(api.centre.POST('/staff/invitations', { body })),
    onSuccess: (answer) => {
      setInvited({ name: answer.account.name, url: answer.invitation.url, expiresAt: answer.invitation.expiresAt });
      setDraft(emptyInvite(session.language));
      setTried(false);
      void queries.invalidateQueries({ queryKey: STAFF_KEY });
    },
  });

  const mistakes = tried ? inviteErrors(draft) : {};
  const fromApi = fieldErrors(invite.error);
  const errorOf = (field: string): string | undefined => {
    const key = mistakes[field];
    return key ? t(key) : fromApi[field];
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(inviteErrors(draft)).length > 0) {
      // The first field in error takes focus once the messages are drawn.
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    invite.mutate(inviteBody(draft));
  };

  return (
    <>
      {invited ? <OneTimeLink name={invited.name} url={invited.url} expiresAt={invited.expiresAt} onDone={() => setInvited(null)} /> : null}
      <form ref={form} onSubmit={submit} noValidate className="admin-form">
        <Field label={t('staff.invite.name')} required error={errorOf('name')}>
          {(control) => <input {...control} type="text" autoComplete="off" maxLength={120} value={draft.name} onChange={(event) => setDraft({ ...draft, name: event.target.value })} />}
        </Field>
        <Field label={t('staff.invite.email')} required error={errorOf('email')} hint={t('staff.invite.emailHint')}>
          {(control) => <input {...control} type="email" autoComplete="off" maxLength={254} value={draft.email} onChange={(event) => setDraft({ ...draft, email: event.target.value })} />}
        </Field>
        <RolesFieldset legend={t('staff.invite.roles')} roles={draft.roles} onChange={(roles) => setDraft({ ...draft, roles })} error={errorOf('roles')} />
        <Field label={t('staff.invite.language')} hint={t('staff.invite.languageHint')} error={errorOf('preferredLanguage')}>
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
        {invite.isError ? <AdminError error={invite.error} /> : null}
        <div className="admin-actions">
          <button type="submit" disabled={invite.isPending}>
            {invite.isPending ? t('staff.invite.sending') : t('staff.invite.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
