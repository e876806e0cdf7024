import { CENTRE_STAFF_ROLES } from '@corredor/contracts';
import { definePolicy } from '@corredor/service-kit';

const EVERYONE = CENTRE_STAFF_ROLES;
const CASEWORKERS = ['coordinator', 'promoter', 'lawyer'] as const;
const COORDINATORS = ['coordinator'] as const;

/**
 * Who may do what on cases, in one table. Interpreters take part in the work (services,
 * tasks, notes) but cannot close or transfer cases nor read restricted notes; only coordinators
 * assign, sign off high-risk closures and answer transfers. Operators and network analysts have
 * no staff role, so nothing here admits them.
 */
export const casePolicy = definePolicy({
  'case.read': EVERYONE,
  'case.activate': EVERYONE,
  'case.assign': COORDINATORS,
  'case.close': CASEWORKERS,
  'case.sign-off': COORDINATORS,
  'case.reopen': CASEWORKERS,
  /** A case closed as transferred goes on at the receiving centre: reopening it here is a coordinator's call. */
  'case.reopen-transferred': COORDINATORS,
  'service.record': EVERYONE,
  'service.read': EVERYONE,
  'claim.write': CASEWORKERS,
  'claim.read': EVERYONE,
  'task.write': EVERYONE,
  'task.read': EVERYONE,
  'note.write': EVERYONE,
  'note.read': EVERYONE,
  /** Interpreters cannot read restricted notes, so they cannot write one either. */
  'note.write-restricted': CASEWORKERS,
  /** Besides the note's author. */
  'note.read-restricted': COORDINATORS,
  'timeline.read': EVERYONE,
  'transfer.request': CASEWORKERS,
  'transfer.answer': COORDINATORS,
  'transfer.read': EVERYONE,
});

export type CaseAction = keyof typeof casePolicy.table;
