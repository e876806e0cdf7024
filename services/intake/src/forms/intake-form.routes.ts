import { DomainError } from '@corredor/contracts';
import { principalOf, valid, type ApiRoutes, type CentreDirectoryView } from '@corredor/service-kit';
import { z } from 'zod';
import type { IntakeFormRepository } from './intake-form.repository';
import { reviseIntakeFormBody } from './intake-form.schema';
import { intakeFormView, toIntakeFormView } from './intake-form.view';
import { reviseIntakeForm } from './revise-intake-form.use-case';

const versionParams = z.object({ version: z.coerce.number({ error: 'must be a version number' }).int('must be a version number').min(1, 'versions start at 1') });

export interface IntakeFormRouteDeps {
  forms: IntakeFormRepository;
  clock: () => Date;
  centres: CentreDirectoryView;
}

/** The centre's own interview questions: read by all staff, revised by the coordinator, every version kept. */
export function intakeFormRoutes(api: ApiRoutes, deps: IntakeFormRouteDeps): void {
  api.get(
    '/intake-form',
    {
      summary: "The centre's own interview questions, current version (version 0 and no questions before the first)",
      tag: 'Intake form',
      responses: { 200: { description: 'The current version', schema: intakeFormView } },
    },
    async (_req, res) => {
      const tenant = principalOf(res).centre;
      res.json(toIntakeFormView(await deps.forms.current(tenant), deps.centres.languagesOf(tenant)));
    },
  );

  api.get(
    '/intake-form/versions/:version',
    {
      summary: 'An earlier (or the current) version of the centre form, as answers given against it were checked',
      tag: 'Intake form',
      params: versionParams,
      responses: { 200: { description: 'That version', schema: intakeFormView } },
    },
    async (_req, res) => {
      const tenant = principalOf(res).centre;
      const form = await deps.forms.findVersion(tenant, valid(res, 'params', versionParams).version);
      if (!form) throw new DomainError('INTAKE.FORM_VERSION_NOT_FOUND', 'not-found', 'This centre form has no such version.');
      res.json(toIntakeFormView(form, deps.centres.languagesOf(tenant)));
    },
  );

  api.put(
    '/intake-form',
    {
      summary: "Replaces the centre's own questions with a new version",
      description:
        'Send the whole list of questions and the version you edited. A form changed meanwhile is a 409 INTAKE.FORM_VERSION_CONFLICT; ' +
        'question rules are refused with INTAKE.FORM_* codes (a repeated id, a choice without options, a label missing the centre\'s first language, ' +
        'an id that was a question of another type).',
      tag: 'Intake form',
      body: reviseIntakeFormBody,
      responses: { 200: { description: 'The new version', schema: intakeFormView } },
      errors: [409],
    },
    async (_req, res) => {
      const principal = principalOf(res);
      const { questions, expectedVersion } = valid(res, 'body', reviseIntakeFormBody);
      const form = await reviseIntakeForm(deps, { principal, questions, expectedVersion });
      res.json(toIntakeFormView(form, deps.centres.languagesOf(principal.centre)));
    },
  );
}
