import { newCaseNotification, notificationLanguageFor } from './notification';

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
    ['es', 'Nuevo caso'],
    ['en', 'New case'],
    ['fr', 'Nouveau dossier'],
    ['ht', 'Nouvo dosye'],
  ])('names a new case in %s: %s', (language, title) => {
    const note = newCaseNotification({ id: 'n', tenant: 't', caseId: 'c', sourceEventId: 'e', now: new Date(0), centreLanguages: [language] });
    expect(note).toMatchObject({ language, title });
  });
});
