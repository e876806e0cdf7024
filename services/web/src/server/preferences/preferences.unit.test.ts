import { webTestApp } from '../testing/web-test-app';

describe("a person's language", () => {
  it('sticks: chosen once, it is the language of their next sign-ins, on any device', async () => {
    const web = webTestApp();
    const laptop = await web.signIn();
    expect(laptop.session.language).toBe('es');
    const res = await laptop.agent.put('/auth/preferences').set('X-CSRF-Token', laptop.session.csrfToken).send({ language: 'ht' });
    expect(res.status).toBe(204);
    expect((await laptop.agent.get('/auth/session')).body.language).toBe('ht');

    const phone = await web.signIn();
    expect(phone.session.language).toBe('ht');
  });

  it('starts from the language of the account at the provider, then Spanish', async () => {
    const web = webTestApp();
    expect((await web.signIn({ sub: 'acc-marie', roles: ['interpreter'], centre: 'tijuana', locale: 'fr' })).session.language).toBe('fr');
    expect((await web.signIn({ sub: 'acc-pedro', roles: ['lawyer'], centre: 'tijuana', locale: 'pt-BR' })).session.language).toBe('es');
    expect((await web.signIn({ sub: 'acc-sin', roles: ['lawyer'], centre: 'tijuana' })).session.language).toBe('es');
  });

  it('needs the CSRF token, a session, and one of the four languages', async () => {
    const web = webTestApp();
    const { agent, session } = await web.signIn();
    expect((await agent.put('/auth/preferences').send({ language: 'en' })).body.code).toBe('WEB.CSRF_INVALID');
    expect((await web.http.put('/auth/preferences').send({ language: 'en' })).body.code).toBe('WEB.SIGNED_OUT');
    const wrong = await agent.put('/auth/preferences').set('X-CSRF-Token', session.csrfToken).send({ language: 'pt' });
    expect(wrong.status).toBe(422);
    expect(wrong.body).toMatchObject({ code: 'WEB.VALIDATION_FAILED', errors: [{ field: 'body.language' }] });
    expect(await web.preferences.find('acc-ana')).toBeNull();
  });
});
