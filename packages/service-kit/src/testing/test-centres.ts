import { centreSnapshotSchema, type CentreSnapshot } from '@corredor/contracts';
import { CentreDirectory } from '../centres/centre-directory';

/** The network both test centres belong to. */
export const TEST_NETWORK = 'red-corredor-mx';

/** Two active centres, as the centre service would have provisioned them. */
export const TEST_CENTRES: Readonly<Record<'tijuana' | 'tapachula', CentreSnapshot>> = {
  tijuana: centreSnapshotSchema.parse({
    id: 'tijuana',
    name: 'Centro de Recursos para Trabajadores Migrantes Tijuana',
    city: 'Tijuana',
    country: 'MX',
    timeZone: 'America/Tijuana',
    languages: ['es', 'ht', 'fr', 'en'],
    services: ['guidance', 'accompaniment', 'labour-justice', 'interpretation', 'referral'],
    networks: [TEST_NETWORK],
    status: 'active',
    configVersion: 1,
  }),
  tapachula: centreSnapshotSchema.parse({
    id: 'tapachula',
    name: 'Centro de Recursos para Trabajadores Migrantes Tapachula',
    city: 'Tapachula',
    country: 'MX',
    timeZone: 'America/Mexico_City',
    languages: ['es', 'mam', 'quc', 'en'],
    services: ['guidance', 'accompaniment', 'referral', 'outreach'],
    networks: [TEST_NETWORK],
    status: 'active',
    configVersion: 1,
  }),
};

/** A loaded directory holding the test centres. */
export function testCentreDirectory(): CentreDirectory {
  const directory = new CentreDirectory();
  for (const centre of Object.values(TEST_CENTRES)) directory.apply(centre);
  directory.markLoaded();
  return directory;
}

/**
 * Changes a centre in a test directory as a newer event would (`{ status: 'suspended' }`,
 * `{ languages: ['ht'] }`); a centre it does not hold yet is added, based on Tijuana's settings.
 */
export function changeTestCentre(directory: CentreDirectory, id: string, change: Partial<Omit<CentreSnapshot, 'id' | 'configVersion'>>): CentreSnapshot {
  const current = directory.get(id) ?? { ...TEST_CENTRES.tijuana, id, configVersion: 0 };
  const next = centreSnapshotSchema.parse({ ...current, ...change, id, configVersion: current.configVersion + 1 });
  directory.apply(next);
  return next;
}
