import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CentreCliError } from '../centre-cli.error';
import { parseCentreFile, readCentreFile } from './centre-file.parser';
import { centreFieldPath, coordinatorFieldPath, partnerFieldPath } from './server-field-paths';

const FILE = 'infra/centres/x.yaml';
/** Line numbers matter below: line 8 is timeZone, 9 languages, 12 coordinator, 17 the first partner. */
const VALID = `apiVersion: corredor/v1
kind: Centre
centre:
  id: tapachula
  name: Centro de Recursos para Trabajadores Migrantes Tapachula
  city: Tapachula
  country: MX
  timeZone: America/Mexico_City
  languages: [es, ht, mam]
  services: [guidance, referral]
  networks: [red-corredor-mx]
coordinator:
  name: Rosa Velázquez
  email: coordinacion@tapachula.example.org
  preferredLanguage: es
partners:
  - name: Albergue Belén
    services: [shelter, food]
    agreementSigned: true
`;

function failureOf(text: string): CentreCliError {
  try {
    parseCentreFile(text, FILE);
  } catch (error) {
    if (error instanceof CentreCliError) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

const printed = (error: CentreCliError) => error.issues.map((i) => `${i.file}:${i.line}:${i.column} ${i.path}: ${i.message}`);

describe('a centre file', () => {
  it('is read into the centre, its coordinator and its partners, with the defaults filled in', () => {
    const { file } = parseCentreFile(VALID, FILE);
    expect(file.centre).toMatchObject({ id: 'tapachula', timeZone: 'America/Mexico_City', languages: ['es', 'ht', 'mam'], contact: {} });
    expect(file.centre.security).toEqual({ requireSecondFactor: false });
    expect(file.coordinator.preferredLanguage).toBe('es');
    expect(file.partners).toEqual([{ name: 'Albergue Belén', services: ['shelter', 'food'], agreementSigned: true }]);
  });

  it('ships example files that are all valid', async () => {
    const folder = join(__dirname, '../../../centres');
    const files = readdirSync(folder).filter((name) => name.endsWith('.yaml'));
    expect(files).toEqual(expect.arrayContaining(['tijuana.yaml', 'tapachula.yaml', 'ciudad-juarez.yaml']));
    for (const name of files) {
      const { file } = await readCentreFile(join(folder, name), name);
      expect(`${name}: ${file.centre.id}`).toBe(`${name}: ${name.replace('.yaml', '')}`);
    }
  });

  it('points a value of the wrong type at its line and column', () => {
    const error = failureOf(VALID.replace('agreementSigned: true', 'agreementSigned: "yes"'));
    expect(error.code).toBe('CENTRE_FILE.INVALID');
    expect(error.exitCode).toBe(2);
    expect(printed(error)).toEqual([expect.stringMatching(/^infra\/centres\/x\.yaml:19:22 partners\[0\]\.agreementSigned: .*boolean/)]);
  });

  it('points an unknown time zone at its line', () => {
    const error = failureOf(VALID.replace('America/Mexico_City', 'America/Tapachula'));
    expect(printed(error)).toEqual(['infra/centres/x.yaml:8:13 centre.timeZone: is not a known IANA time zone such as "America/Tijuana"']);
  });

  it('points an unknown language in a flow list at the item itself', () => {
    const error = failureOf(VALID.replace('[es, ht, mam]', '[es, ht, zzq]'));
    expect(printed(error)).toEqual([expect.stringMatching(/^infra\/centres\/x\.yaml:9:23 centre\.languages\[2\]: is not an ISO 639 language code/)]);
  });

  it('points a missing required key at the section that should hold it', () => {
    const error = failureOf(VALID.replace('  preferredLanguage: es\n', ''));
    expect(printed(error)).toEqual(['infra/centres/x.yaml:12:1 coordinator.preferredLanguage: is required']);
    const inPartner = failureOf(VALID.replace('    services: [shelter, food]\n', ''));
    expect(printed(inPartner)).toEqual(['infra/centres/x.yaml:17:5 partners[0].services: is required']);
  });

  it('points a key it does not know at that key', () => {
    const error = failureOf(VALID.replace('  city: Tapachula\n', '  city: Tapachula\n  colour: green\n'));
    expect(printed(error)).toEqual(['infra/centres/x.yaml:7:3 centre.colour: is not a known field']);
  });

  it('reports every problem at once, in the order of the file', () => {
    const error = failureOf(VALID.replace('country: MX', 'country: XX').replace('preferredLanguage: es', 'preferredLanguage: klingon'));
    expect(error.issues.map((i) => `${i.line} ${i.path}`)).toEqual(['7 centre.country', '15 coordinator.preferredLanguage']);
  });

  it('refuses the same partner twice, however its name is spelt', () => {
    const error = failureOf(`${VALID}  - name: albergue  belen\n    services: [shelter]\n`);
    expect(printed(error)).toEqual(['infra/centres/x.yaml:20:11 partners[1].name: names an organisation already in the list']);
  });

  it('names the line of a YAML syntax error', () => {
    const error = failureOf(VALID.replace('  city: Tapachula', '   city: Tapachula'));
    expect(error.code).toBe('CENTRE_FILE.SYNTAX');
    expect(error.exitCode).toBe(2);
    expect(error.issues.map((issue) => issue.line)).toEqual([5]);
    // An unclosed quote is noticed only at the end of the file; the quote that opened it is named.
    const unclosed = failureOf(VALID.replace('  city: Tapachula', '  city: "Tapachula'));
    expect(unclosed.issues).toEqual([expect.objectContaining({ line: 6, column: 9, message: expect.stringContaining('Missing closing') })]);
  });

  it('refuses a key given twice, on the second', () => {
    const error = failureOf(VALID.replace('  city: Tapachula\n', '  city: Tapachula\n  city: Tuxtla\n'));
    expect(error.issues).toEqual([expect.objectContaining({ line: 7, column: 3 })]);
  });

  it('says so when the file is missing', async () => {
    await expect(readCentreFile('/nowhere/centre.yaml', 'centre.yaml')).rejects.toMatchObject({ code: 'CENTRE_FILE.UNREADABLE', message: 'centre.yaml: there is no such file' });
  });
});

describe('field errors the server returns', () => {
  const { source } = parseCentreFile(VALID, FILE);

  it('are put back on the lines of the file they came from', () => {
    const centre = source.issuesFromServer([{ field: 'body.timeZone', message: 'is not served here' }], centreFieldPath);
    expect(centre).toEqual([{ file: FILE, line: 8, column: 13, path: 'centre.timeZone', message: 'is not served here' }]);
    const partner = source.issuesFromServer([{ field: 'body.organisations.0.services.1', message: 'is not offered' }], partnerFieldPath);
    expect(partner).toEqual([{ file: FILE, line: 18, column: 25, path: 'partners[0].services[1]', message: 'is not offered' }]);
    const coordinator = source.issuesFromServer([{ field: 'body.email', message: 'is taken' }], coordinatorFieldPath);
    expect(coordinator).toMatchObject([{ line: 14, path: 'coordinator.email' }]);
  });

  it('that the file does not hold are put on its first line, as the server named them', () => {
    expect(source.issuesFromServer([{ field: 'query.page', message: 'is wrong' }], centreFieldPath)).toEqual([
      { file: FILE, line: 1, column: 1, path: 'query.page', message: 'is wrong' },
    ]);
  });
});
