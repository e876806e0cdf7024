import { changeTestCentre, networkTokenFor, testAppDeps, tokenFor } from '@corredor/service-kit/testing';
import request from 'supertest';
import { buildApp } from '../service';

const organisations = [
  {
    name: 'Casa del Migrante',
    description: 'Shelter and meals for people in transit.',
    services: ['shelter', 'food'],
    languages: ['es', 'ht'],
    agreementSigned: true,
    contact: { phone: '+52 664 000 0000', website: 'https://casa.example.org' },
  },
  { name: 'Clínica Comunitaria', services: ['health'] },
];

async function setup() {
  const deps = testAppDeps();
  const built = buildApp(deps);
  const operator = `Bearer ${await networkTokenFor('red-corredor-mx', ['operator'], 'op-rosa')}`;
  const coordinator = `Bearer ${await tokenFor('tijuana', ['coordinator'], 'luis')}`;
  const seed = (auth: string, body: object, centre = 'tijuana') =>
    request(built.app).put(`/v1/centres/${centre}/partner-directory`).set('Authorization', auth).send(body);
  const directory = async () => (await request(built.app).get('/v1/partners').set('Authorization', coordinator)).body.items;
  return { ...built, deps, operator, coordinator, seed, directory };
}

describe("seeding a centre's partner directory", () => {
  it('adds the organisations the centre lacks, and a second identical call creates nothing', async () => {
    const { operator, seed, directory } = await setup();
    const first = await seed(operator, { organisations });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ created: ['Casa del Migrante', 'Clínica Comunitaria'], unchanged: [] });
    const listed = await directory();
    expect(listed).toHaveLength(2);
    expect(listed[0]).toMatchObject({
      name: 'Casa del Migrante',
      description: 'Shelter and meals for people in transit.',
      services: ['shelter', 'food'],
      agreementSigned: true,
      contact: { phone: '+52 664 000 0000', website: 'https://casa.example.org' },
    });
    expect(listed[1]).toMatchObject({ name: 'Clínica Comunitaria', agreementSigned: false, languages: [] });

    const again = await seed(operator, { organisations });
    expect(again.body).toEqual({ created: [], unchanged: ['Casa del Migrante', 'Clínica Comunitaria'] });
    expect(await directory()).toEqual(listed);
  });

  it("never overwrites what the centre's staff keep, and leaves their own partners in place", async () => {
    const { app, operator, coordinator, seed, directory } = await setup();
    await request(app).post('/v1/partners').set('Authorization', coordinator).send({ name: 'casa del  MIGRANTE', services: ['shelter'] });
    await request(app).post('/v1/partners').set('Authorization', coordinator).send({ name: 'Comedor San Juan', services: ['food'] });
    const res = await seed(operator, { organisations });
    expect(res.body).toEqual({ created: ['Clínica Comunitaria'], unchanged: ['Casa del Migrante'] });
    const byName = Object.fromEntries((await directory()).map((p: { name: string; services: string[] }) => [p.name, p.services]));
    expect(byName).toEqual({ 'casa del  MIGRANTE': ['shelter'], 'Clínica Comunitaria': ['health'], 'Comedor San Juan': ['food'] });
  });

  it("answers CENTRE.UNKNOWN for a centre outside the operator's network or unknown, and CENTRE.ARCHIVED for an archived one", async () => {
    const { deps, operator, seed } = await setup();
    changeTestCentre(deps.centres, 'guatemala', { networks: ['alianza-transfronteriza'], timeZone: 'America/Guatemala' });
    for (const centre of ['guatemala', 'ensenada']) {
      const res = await seed(operator, { organisations }, centre);
      expect([res.status, res.body.code]).toEqual([404, 'CENTRE.UNKNOWN']);
    }
    changeTestCentre(deps.centres, 'tapachula', { status: 'suspended' });
    // Suspended: the operator may still prepare it (apply runs again while it is suspended).
    expect((await seed(operator, { organisations }, 'tapachula')).status).toBe(200);
    changeTestCentre(deps.centres, 'tapachula', { status: 'archived' });
    const archived = await seed(operator, { organisations }, 'tapachula');
    expect([archived.status, archived.body.code]).toEqual([409, 'CENTRE.ARCHIVED']);
  });

  it("is the operators': staff and network analysts may not seed", async () => {
    const { coordinator, seed } = await setup();
    expect((await seed(coordinator, { organisations })).status).toBe(403);
    const analyst = `Bearer ${await networkTokenFor('red-corredor-mx', ['network-analyst'])}`;
    expect((await seed(analyst, { organisations })).status).toBe(403);
  });

  it('validates every organisation, and refuses one named twice in the list', async () => {
    const { operator, seed, directory } = await setup();
    const res = await seed(operator, {
      organisations: [
        { name: 'Albergue', services: ['spa'] },
        { name: 'Casa del Migrante', services: ['shelter'], contact: { website: 'javascript:alert(1)' } },
      ],
    });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.organisations.0.services.0', 'body.organisations.1.contact.website']);
    const twice = await seed(operator, { organisations: [...organisations, { name: 'CASA DEL  migrante', services: ['food'] }] });
    expect(twice.status).toBe(422);
    expect(twice.body.errors.map((e: { field: string }) => e.field)).toEqual(['body.organisations.2.name']);
    expect(await directory()).toEqual([]);
  });
});
