import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/clients';
import { unwrap } from '../../api/problem';
import { useCan } from '../../session/session';
import { AdminError } from '../shared/admin-error';
import { ConfirmAction } from '../shared/confirm-action';
import { StatusMessage } from '../shared/status-message';
import { CENTRE_STATUS_LABELS, COMMAND_LABELS } from './centre-labels';
import { COMMAND_ROUTES, statusCommands, type Centre, type StatusCommand } from './centre-status';
import { CENTRES_KEY } from './centres-screen';

function send(id: string, command: StatusCommand) {
  const path = { params: { path: { id } } };
  switch (command) {
    case 'suspend':
      return unwrap(api.centre.POST('/centres/{id}/suspend', path));
    case 'reactivate':
      return unwrap(api.centre.POST('/centres/{id}/reactivate', path));
    case 'archive':
      return unwrap(api.centre.POST('/centres/{id}/archive', path));
  }
}

/** Suspending (staff cannot sign in or work), reactivating, archiving for good: each confirmed in place. */
export function CentreStatusActions({ centre }: { centre: Centre }) {
  const { t } = useTranslation('admin');
  const can = useCan();
  const queries = useQueryClient();
  const heading = useRef<HTMLHeadingElement>(null);
  const [done, setDone] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: (command: StatusCommand) => send(centre.id, command),
    onSuccess: (answer, command) => {
      queries.setQueryData([...CENTRES_KEY, centre.id], answer.centre);
      void queries.invalidateQueries({ queryKey: CENTRES_KEY });
      setDone(t(COMMAND_LABELS[command].done, { name: answer.centre.name }));
      heading.current?.focus();
    },
  });
  const commands = statusCommands(centre.status).filter((command) => can('centre', COMMAND_ROUTES[command]));

  return (
    <section aria-labelledby="centre-status" className="admin-section">
      <h2 id="centre-status" ref={heading} tabIndex={-1}>
        {t('centre.statusTitle')}
      </h2>
      <p>{t('centre.statusNow', { status: t(CENTRE_STATUS_LABELS[centre.status]) })}</p>
      <p className="field-hint">{centre.status === 'archived' ? t('centre.archivedHint') : t('centre.statusHint')}</p>
      {commands.map((command) => (
        <div key={command} className="admin-command">
          <ConfirmAction
            label={t(COMMAND_LABELS[command].button)}
            question={t(COMMAND_LABELS[command].question, { name: centre.name })}
            confirmLabel={t(COMMAND_LABELS[command].confirm)}
            cancelLabel={t('cancel')}
            danger={command !== 'reactivate'}
            pending={change.isPending}
            onConfirm={() => {
              setDone(null);
              change.mutate(command);
            }}
          />
        </div>
      ))}
      {change.isError ? <AdminError error={change.error} /> : null}
      <StatusMessage>{done}</StatusMessage>
    </section>
  );
}
