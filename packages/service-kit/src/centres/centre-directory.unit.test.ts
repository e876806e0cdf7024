import { TEST_CENTRES } from '../testing/test-centres';
import { CentreDirectory } from './centre-directory';

const tijuana = TEST_CENTRES.tijuana;

describe('centre directory', () => {
  it('keeps the newest snapshot of each centre, whatever order they arrive in', () => {
    const directory = new CentreDirectory();
    expect(directory.apply({ ...tijuana, configVersion: 3, status: 'suspended' })).toBe(true);
    expect(directory.apply({ ...tijuana, configVersion: 2, status: 'active' })).toBe(false);
    expect(directory.apply({ ...tijuana, configVersion: 3, status: 'active' })).toBe(false);
    expect(directory.get('tijuana')?.status).toBe('suspended');
    expect(directory.apply({ ...tijuana, configVersion: 4, status: 'active' })).toBe(true);
    expect(directory.get('tijuana')?.status).toBe('active');
  });

  it("answers a centre's time zone, languages and the centres of a network", () => {
    const directory = new CentreDirectory();
    directory.apply(TEST_CENTRES.tapachula);
    directory.apply(tijuana);
    directory.apply({ ...tijuana, id: 'guatemala', networks: ['alianza-transfronteriza'], configVersion: 1 });
    expect(directory.timeZoneOf('tijuana')).toBe('America/Tijuana');
    expect(directory.languagesOf('tapachula')).toEqual(['es', 'mam', 'quc', 'en']);
    expect(directory.languagesOf('nowhere')).toEqual([]);
    expect(directory.timeZoneOf('nowhere')).toBeUndefined();
    expect(directory.centresOfNetwork('red-corredor-mx').map((c) => c.id)).toEqual(['tapachula', 'tijuana']);
    expect(directory.isLoaded()).toBe(false);
  });
});
