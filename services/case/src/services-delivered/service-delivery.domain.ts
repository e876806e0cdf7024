import { DomainError, type ServiceType } from '@corredor/contracts';

/** Offices a member of staff goes to with a person (DOMAIN.md: accompaniment). */
export const ACCOMPANIMENT_OFFICES = [
  'INM',
  'SAT',
  'IMSS',
  'conciliation-centre',
  'labour-court',
  'COMAR',
  'consulate',
  'employment-service',
  'civil-registry',
  'other',
] as const;
export type AccompanimentOffice = (typeof ACCOMPANIMENT_OFFICES)[number];

/** The procedure done there. */
export const ACCOMPANIMENT_PROCEDURES = [
  'visitor-card-application',
  'visitor-card-renewal',
  'tax-registration',
  'social-security-registration',
  'curp',
  'labour-complaint',
  'asylum-application',
  'asylum-signing',
  'consular-documents',
  'birth-registration',
  'job-placement',
  'other',
] as const;
export type AccompanimentProcedure = (typeof ACCOMPANIMENT_PROCEDURES)[number];

export interface Accompaniment {
  office: AccompanimentOffice;
  procedure: AccompanimentProcedure;
}

export interface Interpretation {
  fromLanguage: string;
  toLanguage: string;
}

/** What each type of service says besides the common fields. */
export type ServiceDetails =
  | { type: Exclude<ServiceType, 'accompaniment' | 'interpretation' | 'other'> }
  | { type: 'accompaniment'; accompaniment: Accompaniment }
  | { type: 'interpretation'; interpretation: Interpretation }
  | { type: 'other'; other: { description: string } };

export type RecordServiceCommand = ServiceDetails & {
  /** The day it was delivered, in the centre's calendar. */
  deliveredOn: string;
  /** Who delivered it; the member of staff recording it when absent. */
  deliveredBy?: string | undefined;
  language?: string | null | undefined;
  durationMinutes?: number | null | undefined;
  note?: string | null | undefined;
};

/** A service delivered on a case. A mistaken entry is voided, never deleted: it stays in the history and out of the counts. */
export interface ServiceDelivery {
  id: string;
  tenant: string;
  caseId: string;
  type: ServiceType;
  deliveredOn: string;
  deliveredBy: string;
  /** ISO 639 code of the language the service was given in. */
  language: string | null;
  durationMinutes: number | null;
  accompaniment: Accompaniment | null;
  interpretation: Interpretation | null;
  /** What an `other` service was. */
  description: string | null;
  note: string | null;
  recordedBy: string;
  recordedAt: Date;
  voided: { by: string; at: Date; reason: string } | null;
  version: number;
}

export function recordService(command: RecordServiceCommand, context: { id: string; tenant: string; caseId: string; by: string; now: Date }): ServiceDelivery {
  const interpretation = command.type === 'interpretation' ? command.interpretation : null;
  return {
    id: context.id,
    tenant: context.tenant,
    caseId: context.caseId,
    type: command.type,
    deliveredOn: command.deliveredOn,
    deliveredBy: command.deliveredBy ?? context.by,
    // Interpreting is given in the person's language unless staff said otherwise.
    language: command.language ?? interpretation?.toLanguage ?? null,
    durationMinutes: command.durationMinutes ?? null,
    accompaniment: command.type === 'accompaniment' ? command.accompaniment : null,
    interpretation,
    description: command.type === 'other' ? command.other.description : null,
    note: command.note ?? null,
    recordedBy: context.by,
    recordedAt: context.now,
    voided: null,
    version: 1,
  };
}

export function voidService(service: ServiceDelivery, command: { by: string; reason: string }, now: Date): ServiceDelivery {
  if (service.voided) throw new DomainError('CASE.SERVICE_ALREADY_VOIDED', 'conflict', 'This service entry is already voided.');
  return { ...service, voided: { by: command.by, at: now, reason: command.reason } };
}
