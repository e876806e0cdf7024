import { api } from '../api/clients';
import { ApiError, unwrap } from '../api/problem';
import type { IntakeForm, PersonMatch, PersonMatchQuery } from './intake-api.types';
import type { PostIntake } from './intake-submit';

/** POST /intakes with the draft's Idempotency-Key (the API declares the header). */
export const postIntake: PostIntake = (body, idempotencyKey) => api.intake.POST('/intakes', { body, params: { header: { 'idempotency-key': idempotencyKey } } });

export const intakeFormQuery = {
  queryKey: ['intake', 'intake-form'] as const,
  queryFn: (): Promise<IntakeForm> => unwrap(api.intake.GET('/intake-form')),
};

/**
 * Likely returning people. Only coordinators and lawyers may search by identity document
 * (403 INTAKE.DOCUMENTS_RESTRICTED): for anyone else the search goes again by name and year alone.
 */
export async function searchMatches(query: PersonMatchQuery): Promise<PersonMatch[]> {
  try {
    return (await unwrap(api.intake.POST('/people/matches', { body: query }))).items;
  } catch (error) {
    const { documents: _documents, ...byName } = query;
    const canSearchByName = (byName.name !== undefined || byName.alias !== undefined) && byName.yearOfBirth !== undefined;
    if (error instanceof ApiError && error.code === 'INTAKE.DOCUMENTS_RESTRICTED' && query.documents !== undefined) {
      return canSearchByName ? (await unwrap(api.intake.POST('/people/matches', { body: byName }))).items : [];
    }
    throw error;
  }
}

export const partnersQuery = {
  queryKey: ['referral', 'partners', { limit: 200 }] as const,
  queryFn: async () => (await unwrap(api.referral.GET('/partners', { params: { query: { limit: 200 } } }))).items,
};

/**
 * The case an intake opened or joined (a new case, or the person's last one reopened). The case
 * service opens it when it hears of the intake, so it may take a moment: null until then.
 */
export async function caseOfIntake(intakeId: string): Promise<{ id: string; priority: 'normal' | 'medium' | 'high' } | null> {
  const page = await unwrap(api.case.GET('/cases', { params: { query: { intake: intakeId, limit: 1 } } }));
  const [found] = page.items;
  return found ? { id: found.id, priority: found.priority } : null;
}
