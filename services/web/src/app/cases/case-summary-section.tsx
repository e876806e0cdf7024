import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/clients';
import { unwrap } from '../api/problem';
import { useFormat } from '../i18n/format';
import { useCan } from '../session/session';
import { Field } from '../ui/field';
import type { Case, CaseOutcome } from './case-api.types';
import { aliasOf, CaseBadges } from './case-badges';
import { isStale } from './case-errors';
import { codesOf, OUTCOME_LABEL } from './case-labels';
import { useCaseChanged, useCaseUpdated } from './case-queries';
import { CaseError, CaseSection, Disclosure, Done, useAssignableStaff, useLanguageName, useStaffName, useDone, type ShowDone } from './case-ui';

const OUTCOMES = codesOf(OUTCOME_LABEL);

/** Who the case is about and where it stands, with the status actions the person's roles allow. */
export function SummarySection({ kase }: { kase: Case }) {
  const { t } = useTranslation('cases');
  const format = useFormat();
  const staffName = useStaffName();
  const languageName = useLanguageName();
  const [done, setDone] = useDone();
  return (
    <CaseSection id="summary" title={t('summary.title')}>
      <dl className="case-summary">
        <div>
          <dt>{t('summary.alias')}</dt>
          <dd className="case-alias">{aliasOf(kase, t)}</dd>
        </div>
        <div>
          <dt>{t('summary.state')}</dt>
          <dd>
            <CaseBadges kase={kase} />
          </dd>
        </div>
        <div>
          <dt>{t('summary.opened')}</dt>
          <dd>{format.date(kase.openedAt)}</dd>
        </div>
        <div>
          <dt>{t('summary.assignee')}</dt>
          <dd>{staffName(kase.assignee)}</dd>
        </div>
        <div>
          <dt>{t('summary.languages')}</dt>
          <dd>{kase.profile.languages.length > 0 ? kase.profile.languages.map(languageName).join(', ') : t('summary.noLanguages')}</dd>
        </div>
        {kase.closure && kase.closedAt ? (
          <div>
            <dt>{t('summary.closed')}</dt>
            <dd>
              {t('summary.closedWith', { date: format.date(kase.closedAt), outcome: t(OUTCOME_LABEL[kase.closure.outcome]) })}
              {kase.closure.signedOffBy ? ` ${t('summary.signedOffBy', { staff: staffName(kase.closure.signedOffBy) })}` : null}
            </dd>
          </div>
        ) : null}
      </dl>
      <Done {...done} />
      <PendingClosure kase={kase} onDone={setDone} />
      <CaseActions kase={kase} onDone={setDone} />
    </CaseSection>
  );
}

/** A closure asked for by a non-coordinator on a high-priority case: coordinators sign it off or turn it down. */
function PendingClosure({ kase, onDone }: { kase: Case; onDone: ShowDone }) {
  const { t } = useTranslation('cases');
  const format = useFormat();
  const can = useCan();
  const staffName = useStaffName();
  const changed = useCaseChanged(kase.id);
  const updated = useCaseUpdated(kase.id);
  const decide = useMutation({
    mutationFn: (decision: 'sign-off' | 'reject') =>
      decision === 'sign-off'
        ? unwrap(api.case.POST('/cases/{id}/closure/sign-off', { params: { path: { id: kase.id } }, body: { expectedVersion: kase.version } }))
        : unwrap(api.case.POST('/cases/{id}/closure/reject', { params: { path: { id: kase.id } }, body: { expectedVersion: kase.version } })),
    onSuccess: async (answer, decision) => {
      onDone(decision === 'sign-off' ? t('closure.signedOff') : t('closure.rejected'), { focus: true });
      await updated(answer);
    },
    onError: async (error) => {
      if (isStale(error)) await changed();
    },
  });
  const pending = kase.pendingClosure;
  if (!pending) return null;
  return (
    <div className="case-callout" role="group" aria-labelledby="pending-closure-title">
      <h3 id="pending-closure-title">{t('closure.waitingTitle')}</h3>
      <p>
        {t('closure.waitingText', {
          outcome: t(OUTCOME_LABEL[pending.outcome]),
          staff: staffName(pending.requestedBy),
          date: format.dateTime(pending.requestedAt),
        })}
      </p>
      {can('case', 'POST /cases/:id/closure/sign-off') ? (
        <div className="button-row">
          <button type="button" disabled={decide.isPending} onClick={() => decide.mutate('sign-off')}>
            {t('closure.signOff')}
          </button>
          {can('case', 'POST /cases/:id/closure/reject') ? (
            <button type="button" className="secondary" disabled={decide.isPending} onClick={() => decide.mutate('reject')}>
              {t('closure.reject')}
            </button>
          ) : null}
        </div>
      ) : (
        <p>{t('closure.waitingForCoordinator')}</p>
      )}
      {decide.error ? <CaseError error={decide.error} /> : null}
    </div>
  );
}

function CaseActions({ kase, onDone }: { kase: Case; onDone: ShowDone }) {
  const { t } = useTranslation('cases');
  const can = useCan();
  const changed = useCaseChanged(kase.id);
  const updated = useCaseUpdated(kase.id);
  const path = { params: { path: { id: kase.id } } };
  const transition = useMutation({
    mutationFn: (action: 'activate' | 'reopen') =>
      action === 'activate'
        ? unwrap(api.case.POST('/cases/{id}/activate', { ...path, body: { expectedVersion: kase.version } }))
        : unwrap(api.case.POST('/cases/{id}/reopen', { ...path, body: { expectedVersion: kase.version } })),
    onSuccess: async (answer, action) => {
      onDone(action === 'activate' ? t('actions.activated') : t('actions.reopened'), { focus: true });
      await updated(answer);
    },
    onError: async (error) => {
      if (isStale(error)) await changed();
    },
  });
  const open = kase.status !== 'closed';
  return (
    <div className="case-actions">
      {kase.status === 'open' && can('case', 'POST /cases/:id/activate') ? (
        <button type="button" className="secondary" disabled={transition.isPending} onClick={() => transition.mutate('activate')}>
          {t('actions.activate')}
        </button>
      ) : null}
      {kase.status === 'closed' && can('case', 'POST /cases/:id/reopen') ? (
        <button type="button" className="secondary" disabled={transition.isPending} onClick={() => transition.mutate('reopen')}>
          {t('actions.reopen')}
        </button>
      ) : null}
      {transition.error ? <CaseError error={transition.error} /> : null}
      {open && can('case', 'PUT /cases/:id/assignee') ? <AssignForm kase={kase} onDone={onDone} /> : null}
      {open && !kase.pendingClosure && can('case', 'POST /cases/:id/close') ? <CloseForm kase={kase} onDone={onDone} /> : null}
    </div>
  );
}

function AssignForm({ kase, onDone }: { kase: Case; onDone: ShowDone }) {
  const { t } = useTranslation('cases');
  const staff = useAssignableStaff();
  const staffName = useStaffName();
  const changed = useCaseChanged(kase.id);
  const updated = useCaseUpdated(kase.id);
  const [open, setOpen] = useState(false);
  const [assignee, setAssignee] = useState(kase.assignee ?? '');
  const assign = useMutation({
    mutationFn: (to: string | null) => unwrap(api.case.PUT('/cases/{id}/assignee', { params: { path: { id: kase.id } }, body: { assignee: to, expectedVersion: kase.version } })),
    onSuccess: async (answer) => {
      setOpen(false);
      onDone(t('assign.done', { staff: staffName(answer.assignee) }));
      await updated(answer);
    },
    onError: async (error) => {
      if (isStale(error)) await changed();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    assign.mutate(assignee === '' ? null : assignee);
  };
  return (
    <Disclosure label={t('assign.open')} open={open} onOpenChange={setOpen} onOpen={() => onDone(null)}>
      <form onSubmit={submit} noValidate>
        <Field label={t('assign.to')}>
          {(props) => (
            <select {...props} value={assignee} onChange={(event) => setAssignee(event.target.value)}>
              <option value="">{t('staff.nobody')}</option>
              {kase.assignee && !staff.some((member) => member.id === kase.assignee) ? <option value={kase.assignee}>{staffName(kase.assignee)}</option> : null}
              {staff.map((member) => (
                <option key={member.id} value={member.id}>
                  {member.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        {assign.error ? <CaseError error={assign.error} /> : null}
        <div className="button-row">
          <button type="submit" disabled={assign.isPending}>
            {t('assign.submit')}
          </button>
          <button type="button" className="secondary" onClick={() => setOpen(false)}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </Disclosure>
  );
}

function CloseForm({ kase, onDone }: { kase: Case; onDone: ShowDone }) {
  const { t } = useTranslation('cases');
  const can = useCan();
  const changed = useCaseChanged(kase.id);
  const updated = useCaseUpdated(kase.id);
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<CaseOutcome | ''>('');
  const [missing, setMissing] = useState(false);
  const close = useMutation({
    mutationFn: async (chosen: CaseOutcome) => {
      const call = api.case.POST('/cases/{id}/close', { params: { path: { id: kase.id } }, body: { outcome: chosen, expectedVersion: kase.version } });
      const answer = await unwrap(call);
      // 202: the closure waits for a coordinator's sign-off (a high-priority case closed by someone else).
      return { answer, waiting: (await call).response.status === 202 };
    },
    onSuccess: async ({ answer, waiting }) => {
      setOpen(false);
      onDone(waiting ? t('closure.requested') : t('closure.closed'), { focus: true });
      await updated(answer);
    },
    onError: async (error) => {
      if (isStale(error)) await changed();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (outcome === '') {
      setMissing(true);
      return;
    }
    setMissing(false);
    close.mutate(outcome);
  };
  const needsSignOff = kase.priority === 'high' && !can('case', 'POST /cases/:id/closure/sign-off');
  return (
    <Disclosure label={t('closure.open')} open={open} onOpenChange={setOpen} onOpen={() => onDone(null)}>
      <form onSubmit={submit} noValidate>
        <Field label={t('closure.outcome')} required error={missing ? t('error.required') : undefined} hint={needsSignOff ? t('closure.signOffHint') : undefined}>
          {(props) => (
            <select {...props} value={outcome} onChange={(event) => setOutcome(event.target.value as CaseOutcome | '')}>
              <option value="">{t('form.choose')}</option>
              {OUTCOMES.map((code) => (
                <option key={code} value={code}>
                  {t(OUTCOME_LABEL[code])}
                </option>
              ))}
            </select>
          )}
        </Field>
        {close.error ? <CaseError error={close.error} /> : null}
        <div className="button-row">
          <button type="submit" disabled={close.isPending}>
            {needsSignOff ? t('closure.submitForSignOff') : t('closure.submit')}
          </button>
          <button type="button" className="secondary" onClick={() => setOpen(false)}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </Disclosure>
  );
}
