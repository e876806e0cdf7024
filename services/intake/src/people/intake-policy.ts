import { CENTRE_STAFF_ROLES } from '@corredor/contracts';
import { definePolicy } from '@corredor/service-kit';

const EVERYONE = CENTRE_STAFF_ROLES;
const DOCUMENT_HOLDERS = ['coordinator', 'lawyer'] as const;

/**
 * Who may do what with people, interviews and consents, in one table. Every member of a centre's
 * staff interviews (the assistant is often the interpreter), looks for returning people and records
 * consents; identity documents (CURP, RFC, NSS, passport) are sensitive, so only coordinators and
 * lawyers see them or change them. Operators and network analysts have no staff role, so nothing
 * here admits them.
 */
export const intakePolicy = definePolicy({
  'intake.submit': EVERYONE,
  'intake.read': EVERYONE,
  'person.match': EVERYONE,
  'person.read': EVERYONE,
  'person.documents': DOCUMENT_HOLDERS,
  'consent.read': EVERYONE,
  'consent.give': EVERYONE,
  'consent.withdraw': EVERYONE,
});

export type IntakeAction = keyof typeof intakePolicy.table;
