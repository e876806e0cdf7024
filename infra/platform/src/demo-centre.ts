import { signDevToken, TEST_AUTH } from '@corredor/service-kit';

export const DEMO_CENTRE = 'tijuana';

const DEMO_PARTNERS = [
  { name: 'Casa del Migrante en Tijuana', services: ['shelter', 'food'], agreementSigned: true, languages: ['es', 'ht', 'fr'] },
  { name: 'Centro de Justicia para las Mujeres', services: ['women-justice'], agreementSigned: true, languages: ['es'] },
  { name: 'Clínica comunitaria', services: ['health'], agreementSigned: false, languages: ['es', 'en'] },
];

/** Seeds the demo centre's partner directory through the referral API, as a coordinator would. */
export async function seedDemoCentre(referralUrl: string, secret: string = TEST_AUTH.secret): Promise<void> {
  const token = await signDevToken({ ...TEST_AUTH, secret, centre: DEMO_CENTRE, roles: ['coordinator'], userId: 'demo-coordinator' });
  for (const partner of DEMO_PARTNERS) {
    const res = await fetch(`${referralUrl}/v1/partners`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(partner),
    });
    if (res.status !== 201 && res.status !== 409) throw new Error(`seeding partners failed: ${res.status}`);
  }
}
