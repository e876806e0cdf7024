import { AUDIENCES, isAddressedTo, NOTIFICATION_KINDS, NOTIFICATION_LANGUAGES, newCaseNotification, notification, notificationLanguageFor } from './notification';

describe('the language of a notification', () => {
  it.each([
    [['es', 'ht', 'fr', 'en'], 'es'],
    [['ht', 'es'], 'ht'],
    [['mam', 'fr', 'es'], 'fr'],
    [['quc', 'en'], 'en'],
    [['mam', 'quc'], 'es'],
    [[], 'es'],
  ])('for a centre speaking %p is %s', (languages, expected) => {
    expect(notificationLanguageFor(languages)).toBe(expected);
  });

  it.each([
    ['es', 'Nuevo caso', 'Nuevo caso de alto riesgo'],
    ['en', 'New case', 'New high-risk case'],
    ['fr', 'Nouveau dossier', 'Nouveau dossier à haut risque'],
    ['ht', 'Nouvo dosye', 'Nouvo dosye ki gen gwo risk'],
  ])('names a new case in %s: %s, or %s', (language, title, highRisk) => {
    const base = { id: 'n', tenant: 't', caseId: 'c', sourceEventId: 'e', now: new Date(0), centreLanguages: [language] };
    expect(newCaseNotification(base)).toMatchObject({ language, title, priority: 'normal' });
    expect(newCaseNotification({ ...base, highRisk: true })).toMatchObject({ language, title: highRisk, priority: 'high' });
  });

  it('has a distinct title for every kind in every language', () => {
    for (const language of NOTIFICATION_LANGUAGES) {
      const titles = NOTIFICATION_KINDS.map(
        (kind) =>
          notification({ id: 'n', tenant: 't', kind, priority: 'normal', audience: AUDIENCES.everyone(), subject: {}, sourceEventId: 'e', now: new Date(0), centreLanguages: [language] }).title,
      );
      expect(new Set(titles).size).toBe(NOTIFICATION_KINDS.length);
    }
  });
});

describe('who a notification is for', () => {
  it.each([
    [AUDIENCES.everyone(), { userId: 'jean', roles: ['interpreter'] }, true],
    [AUDIENCES.coordinators(), { userId: 'jean', roles: ['interpreter'] }, false],
    [AUDIENCES.coordinators(), { userId: 'luis', roles: ['lawyer', 'coordinator'] }, true],
    [AUDIENCES.user('ana'), { userId: 'ana', roles: ['promoter'] }, true],
    [AUDIENCES.user('ana'), { userId: 'luis', roles: ['coordinator'] }, false],
  ])('%p reaches %p: %s', (audience, viewer, expected) => {
    expect(isAddressedTo({ audience }, viewer)).toBe(expected);
  });
});
