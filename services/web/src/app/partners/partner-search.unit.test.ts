import { fold, matchesSearch, serviceFromSearch } from './partner-search';

describe('searching the partner directory', () => {
  const casa = { name: 'Casa del Migrante en Tijuana', description: 'Albergue para hombres migrantes y deportados' };

  it('finds a partner by any words of its name or description, accents and case aside', () => {
    expect(matchesSearch(casa, 'casa migrante')).toBe(true);
    expect(matchesSearch(casa, 'ALBERGUE deportados')).toBe(true);
    expect(matchesSearch({ name: 'Instituto Municipal de la Mujer' }, 'instituto mujer')).toBe(true);
    expect(matchesSearch({ name: 'Médicos del Mundo' }, 'medicos')).toBe(true);
    expect(matchesSearch(casa, '')).toBe(true);
  });

  it('leaves out a partner missing a word searched for', () => {
    expect(matchesSearch(casa, 'casa mujeres')).toBe(false);
  });

  it('folds text as the directory folds names', () => {
    expect(fold('  Casa   DEL  Migrante ')).toBe('casa del migrante');
    expect(fold('Asociación Ñ')).toBe('asociacion n');
  });

  it('reads the service filter from the address only when it is a service', () => {
    expect(serviceFromSearch(new URLSearchParams('service=shelter'), ['shelter', 'food'])).toBe('shelter');
    expect(serviceFromSearch(new URLSearchParams('service=spa'), ['shelter', 'food'])).toBeNull();
    expect(serviceFromSearch(new URLSearchParams(''), ['shelter', 'food'])).toBeNull();
  });
});
