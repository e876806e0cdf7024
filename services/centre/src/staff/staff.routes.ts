import { roleSchema, staffRoleSchema } from '@corredor/contracts';
import { type ApiRoutes, decodeCursor, pageQuery, pageSchema, principalOf, toPage, valid } from '@corredor/service-kit';
import { z } from 'zod';
import { inviteStaffUseCase, reissueInvitationUseCase } from './invite-staff.use-case';
import { changeStaffUseCase, type StaffChange } from './manage-staff.use-case';
import { ACCOUNT_STATUSES, type StaffAccount } from './staff-account.domain';
import type { StaffDeps } from './staff-deps';
import { accountParams, newStaffBody, rolesBody } from './staff.schemas';
import { invitationView, staffView } from './staff.view';

/** An account as coordinators see it: never its password hash or second-factor secret. */
export const staffAccountSchema = z
  .object({
    id: z.uuid(),
    centre: z.string(),
    name: z.string(),
    email: z.email(),
    roles: z.array(staffRoleSchema),
    preferredLanguage: z.string(),
    status: z.enum(ACCOUNT_STATUSES),
    secondFactorEnrolled: z.boolean(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'StaffAccount' });

/** A one-time link to set a password: shown once, never stored. */
export const invitationSchema = z
  .object({ url: z.url(), expiresAt: z.iso.datetime() })
  .meta({ id: 'Invitation', description: 'A one-time link to set a password: shown once, never stored' });

export const invitationEnvelope = z.object({ invitation: invitationSchema }).meta({ id: 'InvitationEnvelope' });

const listQuery = pageQuery({ defaultLimit: 50, maxLimit: 200 });
const listCursor = z.tuple([z.string(), z.string()]);
const byNameThenId = (a: StaffAccount, b: StaffAccount) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const ACCOUNT_CHANGES: Array<{ path: string; summary: string; change: StaffChange }> = [
  { path: '/staff/:id/deactivate', summary: 'Deactivates an account: its holder can no longer sign in', change: { kind: 'deactivate' } },
  { path: '/staff/:id/reactivate', summary: 'Reactivates a deactivated account', change: { kind: 'reactivate' } },
  { path: '/staff/:id/second-factor/reset', summary: 'Forgets a lost authenticator: its holder enrols a new one at their next sign-in', change: { kind: 'reset-second-factor' } },
];

/** The staff directory as a centre's coordinators manage it; every route is scoped to their own centre. */
export function staffRoutes(api: ApiRoutes, deps: StaffDeps): void {
  const coordinators = { tag: 'Staff' } as const;

  api.get(
    '/staff',
    {
      ...coordinators,
      summary: "The centre's staff accounts, by name",
      query: listQuery,
      responses: { 200: { description: 'A page of accounts', schema: pageSchema(staffAccountSchema).meta({ id: 'StaffAccountPage' }) } },
    },
    async (_req, res) => {
      const { limit, cursor } = valid(res, 'query', listQuery);
      const after = decodeCursor(cursor, listCursor);
      // A centre has a handful of staff: the directory lists them whole, the API hands them out a page at a time.
      const accounts = (await deps.staff.listAccounts(principalOf(res).centre))
        .sort(byNameThenId)
        .filter((account) => !after || account.name > after[0] || (account.name === after[0] && account.id > after[1]));
      const page = toPage(accounts.slice(0, limit + 1), limit, (account) => [account.name, account.id]);
      res.json({ items: page.items.map(staffView), nextCursor: page.nextCursor });
    },
  );

  api.post(
    '/staff/invitations',
    {
      ...coordinators,
      summary: 'Invites someone to the centre with one or more roles',
      body: newStaffBody,
      responses: {
        201: {
          description: 'The new account and its invitation link',
          schema: z.object({ account: staffAccountSchema, invitation: invitationSchema }).meta({ id: 'StaffInvited' }),
          headers: { Location: 'The account' },
        },
      },
      errors: [409],
    },
    async (_req, res) => {
      const principal = principalOf(res);
      const { account, invitation } = await inviteStaffUseCase(deps, {
        tenant: principal.centre,
        invitedBy: principal.userId,
        staff: valid(res, 'body', newStaffBody),
      });
      res.status(201).location(`/v1/staff/${account.id}`).json({ account: staffView(account), invitation: invitationView(invitation) });
    },
  );

  api.post(
    '/staff/:id/invitation',
    {
      ...coordinators,
      summary: 'Issues a new invitation link for an account not yet active; earlier links stop working',
      params: accountParams,
      responses: { 201: { description: 'The new invitation link', schema: invitationEnvelope } },
      errors: [409],
    },
    async (_req, res) => {
      const invitation = await reissueInvitationUseCase(deps, { tenant: principalOf(res).centre, accountId: valid(res, 'params', accountParams).id });
      res.status(201).json({ invitation: invitationView(invitation) });
    },
  );

  api.put(
    '/staff/:id/roles',
    {
      ...coordinators,
      summary: "Changes an account's roles",
      params: accountParams,
      body: rolesBody,
      responses: { 200: { description: 'The account', schema: staffAccountSchema } },
      errors: [409],
    },
    async (_req, res) => {
      const account = await changeStaffUseCase(deps, {
        tenant: principalOf(res).centre,
        accountId: valid(res, 'params', accountParams).id,
        change: { kind: 'roles', roles: valid(res, 'body', rolesBody).roles },
      });
      res.json(staffView(account));
    },
  );

  for (const { path, summary, change } of ACCOUNT_CHANGES) {
    api.post(
      path,
      { ...coordinators, summary, params: accountParams, responses: { 200: { description: 'The account', schema: staffAccountSchema } }, errors: [409] },
      async (_req, res) => {
        const account = await changeStaffUseCase(deps, { tenant: principalOf(res).centre, accountId: valid(res, 'params', accountParams).id, change });
        res.json(staffView(account));
      },
    );
  }

  api.get(
    '/me',
    {
      tag: 'Staff',
      summary: 'The caller: their account, or what their token says when it names no account (a development token)',
      responses: {
        200: {
          description: 'The caller',
          schema: z.union([staffAccountSchema, z.object({ id: z.string(), centre: z.string(), roles: z.array(roleSchema) }).meta({ id: 'TokenIdentity' })]),
        },
      },
    },
    async (_req, res) => {
      const principal = principalOf(res);
      const account = await deps.staff.findAccount(principal.userId);
      // A development token (npm run token) names no account: answer with what the token says.
      res.json(account && account.tenant === principal.centre ? staffView(account) : { id: principal.userId, centre: principal.centre, roles: principal.roles });
    },
  );
}
