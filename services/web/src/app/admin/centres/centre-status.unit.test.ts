import { centresShown, statusCommands, type Centre } from './centre-status';

const centre = (id: string, name: string, status: Centre['status']) => ({ id, name, status }) as Centre;

describe("a centre's status", () => {
  it('lets an active centre be suspended or archived, a suspended one reactivated or archived, an archived one nothing', () => {
    expect(statusCommands('active')).toEqual(['suspend', 'archive']);
    expect(statusCommands('suspended')).toEqual(['reactivate', 'archive']);
    expect(statusCommands('archived')).toEqual([]);
  });
});

describe('the list of centres', () => {
  const centres = [centre('tapachula', 'Tapachula', 'suspended'), centre('tijuana', 'Centro Tijuana', 'active'), centre('juarez', 'Ciudad Juárez', 'archived')];

  it('lists them by name and keeps only those with the status asked for', () => {
    expect(centresShown(centres, 'all').map((each) => each.id)).toEqual(['tijuana', 'juarez', 'tapachula']);
    expect(centresShown(centres, 'suspended').map((each) => each.id)).toEqual(['tapachula']);
  });
});
