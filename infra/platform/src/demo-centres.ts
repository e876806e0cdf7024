import path from 'node:path';
import { applyCentreFile, readCentreFile, type ProgressReporter } from '@corredor/centre-cli';
import type { StaffRole } from '@corredor/contracts';
import { signDevToken } from '@corredor/service-kit';
import { TEST_AUTH } from '@corredor/service-kit/testing';
import type { Platform } from './platform';

/** The two demo centres, brought up from the same files and through the same code path as `npm run centre -- apply`. */
export const DEMO_CENTRE_FILES = ['tijuana', 'tapachula'].map((id) => path.resolve(__dirname, '../../centres', `${id}.yaml`));

/** Every demo account's password (at least 12 characters, as for everyone). */
export const DEMO_PASSWORD = 'corredor-demo-2026';

const DEMO_STAFF: ReadonlyArray<{ role: StaffRole; name: string; mailbox: string }> = [
  { role: 'promoter', name: 'Demo Promotor', mailbox: 'promotoria' },
  { role: 'interpreter', name: 'Demo Intérprete', mailbox: 'interpretacion' },
  { role: 'lawyer', name: 'Demo Abogada', mailbox: 'juridico' },
];

export interface DemoAccount {
  centre: string;
  role: StaffRole;
  email: string;
}

async function post(url: string, body: object, token?: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function acceptInvitation(url: string): Promise<string> {
  const accepted = await post(url, { password: DEMO_PASSWORD });
  if (accepted.status !== 200) throw new Error(`accepting a demo invitation failed: ${accepted.status} ${String(accepted.body['code'])}`);
  return String(accepted.body['accountId']);
}

/**
 * Applies the demo centre files, then signs their coordinators up and has each invite a promoter,
 * an interpreter and a lawyer, who sign up too: every account in the demo is made as a real one is.
 */
export async function bringUpDemoCentres(platform: Platform, options: { secret: string; reporter?: ProgressReporter }): Promise<DemoAccount[]> {
  const accounts: DemoAccount[] = [];
  const serviceUrls = Object.fromEntries(platform.services.map((s) => [s.name, s.url]));
  for (const file of DEMO_CENTRE_FILES) {
    const applied = await applyCentreFile({
      file,
      centreUrl: platform.url('centre'),
      serviceUrls,
      devTokenSecret: options.secret,
      ...(options.reporter ? { reporter: options.reporter } : {}),
    });
    const centre = applied.centre.id;
    const invitation = applied.coordinatorInvitation;
    if (!invitation) throw new Error(`${centre}: the coordinator was not invited`);
    const coordinatorId = await acceptInvitation(invitation.url);
    accounts.push({ centre, role: 'coordinator', email: (await readCentreFile(file)).file.coordinator.email.toLowerCase() });
    const token = await signDevToken({ ...TEST_AUTH, secret: options.secret, centre, roles: ['coordinator'], userId: coordinatorId, expiresIn: '5m' });
    for (const member of DEMO_STAFF) {
      const email = `${member.mailbox}@${centre}.example.org`;
      const invited = await post(`${platform.url('centre')}/v1/staff/invitations`, { name: member.name, email, roles: [member.role], preferredLanguage: 'es' }, token);
      if (invited.status !== 201) throw new Error(`${centre}: inviting the demo ${member.role} failed: ${invited.status} ${String(invited.body['code'])}`);
      await acceptInvitation(String((invited.body['invitation'] as { url: string }).url));
      accounts.push({ centre, role: member.role, email });
    }
  }
  return accounts;
}
