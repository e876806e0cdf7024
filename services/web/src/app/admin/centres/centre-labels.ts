import type { Centre, CentreStatus, StatusCommand } from './centre-status';

/** Statuses, commands and services in words (keys of the admin namespace). */
export const CENTRE_STATUS_LABELS: Record<CentreStatus, string> = {
  active: 'centres.status.active',
  suspended: 'centres.status.suspended',
  archived: 'centres.status.archived',
};

export const COMMAND_LABELS: Record<StatusCommand, { button: string; question: string; confirm: string; done: string }> = {
  suspend: { button: 'centre.commands.suspend', question: 'centre.commands.suspendQuestion', confirm: 'centre.commands.suspendConfirm', done: 'centre.commands.suspended' },
  reactivate: { button: 'centre.commands.reactivate', question: 'centre.commands.reactivateQuestion', confirm: 'centre.commands.reactivateConfirm', done: 'centre.commands.reactivated' },
  archive: { button: 'centre.commands.archive', question: 'centre.commands.archiveQuestion', confirm: 'centre.commands.archiveConfirm', done: 'centre.commands.archived' },
};

export const CENTRE_SERVICE_LABELS: Record<Centre['services'][number], string> = {
  guidance: 'centre.services.guidance',
  accompaniment: 'centre.services.accompaniment',
  'labour-justice': 'centre.services.labourJustice',
  interpretation: 'centre.services.interpretation',
  referral: 'centre.services.referral',
  'risk-screening': 'centre.services.riskScreening',
  outreach: 'centre.services.outreach',
};
