import { DomainError, personNameSchema, recordedNationalitySchema } from '@corredor/contracts';
import type { ApiRoutes, AuditTrail } from '@corredor/service-kit';
import { type CentreKeys, principalOf, valid } from '@corredor/service-kit';
import { z } from 'zod';
import type { IntakeRecords } from '../intakes/intake-records';
import { identityDocumentSchema } from '../interview';
import { erasePersonUseCase } from './erase-person.use-case';
import { intakePolicy } from './intake-policy';
import { ERASURE_REASONS } from './person-erasure.domain';
import { matchQueryOf, personNotFound, rankMatches } from './person.domain';
import type { PersonRepository } from './person.repository';
import { personMatchView, personMatchViewSchema, personView, personViewSchema } from './person.view';

/** Matches shown at most; candidates read per criterion before ranking. */
export const MAX_MATCHES = 10;
const CANDIDATES = 50;

export const personParams = z.object({ id: z.uuid('not a person id') });

/** POST, so names and document numbers never sit in a URL (access logs, proxies, browser history). */
export const matchPeopleBody = z
  .strictObject({
    name: personNameSchema.optional(),
    alias: personNameSchema.optional(),
    yearOfBirth: z.number({ error: 'must be a year such as 1994' }).int('must be a whole year').min(1900, 'must be 1900 or later').max(2100, 'is not a year of birth').optional(),
    nationality: recordedNationalitySchema.optional(),
    documents: z.array(identityDocumentSchema).max(6, 'at most 6 documents').optional(),
  })
  .superRefine((query, ctx) => {
    if ((query.documents ?? []).length > 0) return;
    if (query.name === undefined && query.alias === undefined) {
      ctx.addIssue({ code: 'custom', path: [], message: 'give a document, or a name or alias with a year of birth' });
    } else if (query.yearOfBirth === undefined) {
      ctx.addIssue({ code: 'custom', path: ['yearOfBirth'], message: 'is needed to match by name (or give a document)' });
    }
  })
  .meta({ id: 'PersonMatchQuery' });

export const erasureBody = z
  .strictObject({
    reason: z.enum(ERASURE_REASONS, { error: `must be one of: ${ERASURE_REASONS.join(', ')}` }),
  })
  .meta({ id: 'PersonErasureRequest' });

export const erasureViewSchema = z
  .object({
    personId: z.uuid(),
    reason: z.enum(ERASURE_REASONS),
    erasedAt: z.iso.datetime(),
    erased: z.object({ intakes: z.number().int(), consents: z.number().int(), idempotencyKeys: z.number().int() }).meta({ description: 'How many of their records were deleted with the person' }),
  })
  .meta({ id: 'PersonErasure' });

export interface PeopleRouteDeps {
  people: PersonRepository;
  records: IntakeRecords;
  audit: AuditTrail;
  keys: Pick<CentreKeys, 'assertAvailable'>;
  clock: () => Date;
  outboxWritten: () => void;
}

export function peopleRoutes(api: ApiRoutes, deps: PeopleRouteDeps): void {
  api.post(
    '/people/matches',
    {
      summary: "Looks for a returning person among the centre's people",
      description:
        'Before a new person is created: people at the caller\'s centre with the same identity document, or the same name or alias (accents, case and spaces folded) and year of birth, strongest match first. Never another centre\'s people. ' +
        'Only coordinators and lawyers, who may see identity documents, may search by document (403 INTAKE.DOCUMENTS_RESTRICTED). ' +
        'Each person returned is recorded in the audit trail (purpose returning-person-search); the search terms never are.',
      tag: 'People',
      body: matchPeopleBody,
      responses: { 200: { description: `Up to ${MAX_MATCHES} likely matches`, schema: z.object({ items: z.array(personMatchViewSchema).max(MAX_MATCHES) }) } },
    },
    async (_req, res) => {
      const principal = principalOf(res);
      const body = valid(res, 'body', matchPeopleBody);
      // A match by document tells who holds the number: as much as seeing the document.
      if (body.documents !== undefined && !intakePolicy.allows(principal.roles, 'person.documents')) {
        throw new DomainError('INTAKE.DOCUMENTS_RESTRICTED', 'forbidden', 'Only coordinators and lawyers search by identity document; search by name and year of birth instead.');
      }
      const tenant = principal.centre;
      const query = matchQueryOf(body);
      const [byDocument, byName] = await Promise.all([
        deps.people.findByDocuments(tenant, query.documents, CANDIDATES),
        query.yearOfBirth === null ? [] : deps.people.findByNameAndYear(tenant, query.names, query.yearOfBirth, CANDIDATES),
      ]);
      const matches = rankMatches(query, [...byDocument, ...byName], MAX_MATCHES);
      for (const { person } of matches) {
        await deps.audit.recordRead(res, { action: 'person.read', record: { type: 'person', id: person.id }, purpose: 'returning-person-search' });
      }
      res.json({ items: matches.map(personMatchView) });
    },
  );

  api.get(
    '/people/:id',
    {
      summary: 'A person served at the centre, with their details',
      description: 'Identity documents are shown only to coordinators and lawyers. Each read is recorded in the audit trail.',
      tag: 'People',
      params: personParams,
      responses: { 200: { description: 'The person', schema: personViewSchema } },
    },
    async (_req, res) => {
      const principal = principalOf(res);
      const person = await deps.people.findById(principal.centre, valid(res, 'params', personParams).id);
      if (!person) throw personNotFound();
      await deps.audit.recordRead(res, { action: 'person.read', record: { type: 'person', id: person.id }, purpose: 'case-work' });
      res.json(personView(person, { showDocuments: intakePolicy.allows(principal.roles, 'person.documents') }));
    },
  );

  api.post(
    '/people/:id/erasure',
    {
      summary: 'Erases a person from the centre',
      description:
        'Deletes the person, their intakes, their consents and the Idempotency-Keys of their intakes, in one transaction, and announces person.erased so the other services delete what they hold of them. ' +
        'Figures already counted stay (reporting keeps its aggregates). The reason is a code, never free text. Recorded in the audit trail (person.erased, purpose erasure). ' +
        'A person erased already answers 410 INTAKE.PERSON_ERASED; an id the centre never held, 404.',
      tag: 'People',
      params: personParams,
      body: erasureBody,
      responses: { 200: { description: 'The person was erased', schema: erasureViewSchema } },
      errors: [410],
    },
    async (_req, res) => {
      const principal = principalOf(res);
      const { id } = valid(res, 'params', personParams);
      const { reason } = valid(res, 'body', erasureBody);
      // The erasure must be recorded in the trail, whose links are keyed by the centre's data key:
      // once that key is destroyed (410) nothing of the centre can be read or recorded, so nothing is done.
      deps.keys.assertAvailable(principal.centre);
      const { erasure, erased } = await erasePersonUseCase(deps, { principal, personId: id, reason, requestId: String(res.locals['requestId']) });
      await deps.audit.recordRead(res, { action: 'person.erased', record: { type: 'person', id }, purpose: 'erasure' });
      res.json({ personId: erasure.id, reason: erasure.reason, erasedAt: erasure.erasedAt.toISOString(), erased });
    },
  );
}
