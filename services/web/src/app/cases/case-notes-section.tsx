import { useMutation } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/clients';
import { unwrap } from '../api/problem';
import { useFormat } from '../i18n/format';
import { useCan, useSession } from '../session/session';
import { Badge } from '../ui/badge';
import { Field } from '../ui/field';
import { Loading } from '../ui/query-state';
import type { Case, CaseNote, NoteVisibility } from './case-api.types';
import { VISIBILITY_LABEL } from './case-labels';
import { caseKeys, useCaseChanged, usePagedList } from './case-queries';
import { CaseError, CaseSection, Disclosure, Done, LoadMore, useFieldErrors, useStaffName, useDone, type ShowDone } from './case-ui';
import { checkText, type FormErrors } from './form-rules';

/**
 * The case service's rule (case-policy.ts, note.write-restricted): interpreters cannot read
 * restricted notes, so they are not offered to write one. Which restricted notes a person sees is
 * the API's answer alone: this list shows exactly the notes GET /cases/:id/notes returns.
 */
const MAY_WRITE_RESTRICTED = ['coordinator', 'promoter', 'lawyer'];

export function NotesSection({ kase }: { kase: Case }) {
  const { t } = useTranslation('cases');
  const can = useCan();
  const [done, setDone] = useDone();
  const list = usePagedList(caseKeys.notes(kase.id), (cursor) => unwrap(api.case.GET('/cases/{id}/notes', { params: { path: { id: kase.id }, query: cursor ? { cursor } : {} } })));
  return (
    <CaseSection id="notes" title={t('notes.title')}>
      {list.status === 'pending' ? <Loading /> : null}
      {list.status === 'error' ? <CaseError error={list.error} /> : null}
      {list.status === 'success' && list.items.length === 0 ? <p>{t('notes.none')}</p> : null}
      {list.items.length > 0 ? (
        <ol className="notes">
          {list.items.map((note) => (
            <NoteItem key={note.id} note={note} />
          ))}
        </ol>
      ) : null}
      <LoadMore hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} label={t('list.loadMore')} />
      <Done {...done} />
      {can('case', 'POST /cases/:id/notes') ? <NewNoteForm kase={kase} onDone={setDone} /> : null}
    </CaseSection>
  );
}

function NoteItem({ note }: { note: CaseNote }) {
  const { t } = useTranslation('cases');
  const format = useFormat();
  const staffName = useStaffName();
  return (
    <li className={note.visibility === 'restricted' ? 'note note-restricted' : 'note'}>
      <p className="note-meta">
        <span>{staffName(note.authorId)}</span> · <time dateTime={note.createdAt}>{format.dateTime(note.createdAt)}</time> ·{' '}
        <Badge tone={note.visibility === 'restricted' ? 'danger' : 'neutral'}>{t(VISIBILITY_LABEL[note.visibility])}</Badge>
        {note.corrects ? (
          <>
            {' '}
            <Badge tone="info">{t('notes.correction')}</Badge>
          </>
        ) : null}
      </p>
      <p className="note-text">{note.body}</p>
    </li>
  );
}

function NewNoteForm({ kase, onDone }: { kase: Case; onDone: ShowDone }) {
  const { t } = useTranslation('cases');
  const session = useSession();
  const changed = useCaseChanged(kase.id);
  const visibilityName = useId();
  const [open, setOpen] = useState(false);
  const [body, setBody] = useState('');
  const [visibility, setVisibility] = useState<NoteVisibility>('centre');
  const [errors, setErrors] = useState<FormErrors>({});
  const restrictedAllowed = session.user.roles.some((role) => MAY_WRITE_RESTRICTED.includes(role));
  const textArea = useRef<HTMLTextAreaElement>(null);
  const write = useMutation({
    mutationFn: (note: { body: string; visibility: NoteVisibility }) => unwrap(api.case.POST('/cases/{id}/notes', { params: { path: { id: kase.id } }, body: note })),
    onSuccess: async (note) => {
      setOpen(false);
      setBody('');
      setVisibility('centre');
      onDone(note.visibility === 'restricted' ? t('notes.addedRestricted') : t('notes.added'));
      await changed(caseKeys.notes(kase.id));
    },
  });
  const errorOf = useFieldErrors(errors, write.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkText(body, { max: 10_000, required: true });
    setErrors(checked.error ? { body: checked.error } : {});
    if (checked.value === null) textArea.current?.focus();
    else write.mutate({ body: checked.value, visibility });
  };
  return (
    <Disclosure label={t('notes.open')} open={open} onOpenChange={setOpen} onOpen={() => onDone(null)}>
      <form onSubmit={submit} noValidate aria-label={t('notes.formLabel')}>
        <Field label={t('notes.body')} required error={errorOf('body')}>
          {(props) => <textarea {...props} ref={textArea} rows={5} maxLength={10_000} value={body} onChange={(event) => setBody(event.target.value)} />}
        </Field>
        {restrictedAllowed ? (
          <fieldset>
            <legend>{t('notes.visibility')}</legend>
            <label className="choice">
              <input type="radio" name={visibilityName} value="centre" checked={visibility === 'centre'} onChange={() => setVisibility('centre')} />
              {t('notes.forCentre')}
            </label>
            <label className="choice">
              <input type="radio" name={visibilityName} value="restricted" checked={visibility === 'restricted'} onChange={() => setVisibility('restricted')} />
              {t('notes.forRestricted')}
            </label>
          </fieldset>
        ) : (
          <p className="field-hint">{t('notes.centreOnly')}</p>
        )}
        {write.error ? <CaseError error={write.error} /> : null}
        <div className="button-row">
          <button type="submit" disabled={write.isPending}>
            {t('notes.submit')}
          </button>
          <button type="button" className="secondary" onClick={() => setOpen(false)}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </Disclosure>
  );
}
