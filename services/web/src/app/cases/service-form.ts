import type { RecordService, ServiceType } from './case-api.types';
import { codesOf, OFFICE_LABEL, PROCEDURE_LABEL, SERVICE_TYPE_LABEL } from './case-labels';
import { checkChoice, checkDay, checkLine, checkText, checkWholeNumber, type FormErrors } from './form-rules';

/** The "record a service" form as typed: strings, as inputs hold them. */
export interface ServiceDraft {
  type: ServiceType | '';
  deliveredOn: string;
  language: string;
  durationMinutes: string;
  note: string;
  office: string;
  procedure: string;
  fromLanguage: string;
  toLanguage: string;
  description: string;
}

export function emptyServiceDraft(today: string): ServiceDraft {
  return { type: '', deliveredOn: today, language: '', durationMinutes: '', note: '', office: '', procedure: '', fromLanguage: '', toLanguage: '', description: '' };
}

export const SERVICE_TYPES = codesOf(SERVICE_TYPE_LABEL);
const OFFICES = codesOf(OFFICE_LABEL);
const PROCEDURES = codesOf(PROCEDURE_LABEL);
const ISO_639 = /^[a-z]{2,3}$/;

/**
 * The POST /cases/:id/services body of a draft, or the errors to show, keyed as the API names the
 * fields (`accompaniment.office`...), so the API's own field errors land on the same fields.
 */
export function serviceBody(draft: ServiceDraft, today: string): { ok: true; body: RecordService } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {};
  const type = checkChoice(draft.type, SERVICE_TYPES);
  if (type.error) errors['type'] = type.error;
  const deliveredOn = checkDay(draft.deliveredOn, { required: true, notAfter: today });
  if (deliveredOn.error) errors['deliveredOn'] = deliveredOn.error;
  const duration = checkWholeNumber(draft.durationMinutes, { min: 1, max: 24 * 60, required: false });
  if (duration.error) errors['durationMinutes'] = duration.error;
  const note = checkText(draft.note, { max: 2000, required: false });
  if (note.error) errors['note'] = note.error;
  const language = draft.language === '' ? null : ISO_639.test(draft.language) ? draft.language : undefined;
  if (language === undefined) errors['language'] = { key: 'error.required' };

  const common = {
    deliveredOn: deliveredOn.value ?? '',
    ...(language ? { language } : {}),
    ...(duration.value !== null ? { durationMinutes: duration.value } : {}),
    ...(note.value !== null ? { note: note.value } : {}),
  };

  let body: RecordService | null = null;
  switch (type.value) {
    case 'accompaniment': {
      const office = checkChoice(draft.office, OFFICES);
      const procedure = checkChoice(draft.procedure, PROCEDURES);
      if (office.error) errors['accompaniment.office'] = office.error;
      if (procedure.error) errors['accompaniment.procedure'] = procedure.error;
      if (office.value && procedure.value) body = { ...common, type: 'accompaniment', accompaniment: { office: office.value, procedure: procedure.value } };
      break;
    }
    case 'interpretation': {
      if (!ISO_639.test(draft.fromLanguage)) errors['interpretation.fromLanguage'] = { key: 'error.required' };
      if (!ISO_639.test(draft.toLanguage)) errors['interpretation.toLanguage'] = { key: 'error.required' };
      else if (draft.toLanguage === draft.fromLanguage) errors['interpretation.toLanguage'] = { key: 'error.sameLanguage' };
      body = { ...common, type: 'interpretation', interpretation: { fromLanguage: draft.fromLanguage, toLanguage: draft.toLanguage } };
      break;
    }
    case 'other': {
      const description = checkLine(draft.description, { max: 200, required: true });
      if (description.error) errors['other.description'] = description.error;
      body = { ...common, type: 'other', other: { description: description.value ?? '' } };
      break;
    }
    case null:
      break;
    default:
      body = { ...common, type: type.value };
  }
  if (Object.keys(errors).length > 0 || body === null) return { ok: false, errors };
  return { ok: true, body };
}
