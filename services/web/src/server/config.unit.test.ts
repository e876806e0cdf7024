import { readWebConfig } from './config';

const SERVICE_URLS = 'intake=http://intake:3001,case=http://case:3002,referral=http://referral:3003,notification=http://notification:3004,reporting=http://reporting:3005,centre=http://centre:3006/';
const PRODUCTION = {
  NODE_ENV: 'production',
  PUBLIC_URL: 'https://corredor.example.org',
  OIDC_ISSUER: 'https://centres.example.org/oidc',
  SERVICE_URLS,
  SESSION_SECRETS: 'a real secret of at least thirty-two characters',
  MONGO_URL: 'mongodb://mongo:27017/corredor-web?replicaSet=rs0',
  TRUST_PROXY: '1',
};

describe('the web app’s configuration', () => {
  it('runs on a laptop with nothing set: port 3000, the centre service on 3006, the services on 3001-3006', () => {
    const config = readWebConfig({});
    expect(config).toMatchObject({ PORT: 3000, OIDC_ISSUER: 'http://127.0.0.1:3006/oidc', OIDC_CLIENT_ID: 'corredor-web', SESSION_IDLE_MINUTES: 480, SESSION_MAX_HOURS: 12 });
    expect(config.SERVICE_URLS).toEqual({
      intake: 'http://127.0.0.1:3001',
      case: 'http://127.0.0.1:3002',
      referral: 'http://127.0.0.1:3003',
      notification: 'http://127.0.0.1:3004',
      reporting: 'http://127.0.0.1:3005',
      centre: 'http://127.0.0.1:3006',
    });
  });

  it('reads the services’ addresses and several session secrets', () => {
    const config = readWebConfig(PRODUCTION);
    expect(config.SERVICE_URLS.centre).toBe('http://centre:3006');
    const rotating = readWebConfig({ ...PRODUCTION, SESSION_SECRETS: 'the-new-secret-at-least-32-characters-long , the-old-secret-at-least-32-characters-long' });
    expect(rotating.SESSION_SECRETS).toEqual(['the-new-secret-at-least-32-characters-long', 'the-old-secret-at-least-32-characters-long']);
  });

  it.each([
    ['an unknown service', `${SERVICE_URLS},admin=http://admin:1`, '"admin" is not one of'],
    ['a missing service', 'intake=http://intake:3001', 'missing case, referral, notification, reporting, centre'],
    ['a URL that is not http', SERVICE_URLS.replace('http://case:3002', 'file:///etc/passwd'), 'case: "file:///etc/passwd" is not an http(s) URL'],
  ])('refuses %s in SERVICE_URLS', (_what, value, message) => {
    expect(() => readWebConfig({ SERVICE_URLS: value })).toThrow(message);
  });

  it.each([
    ['a published development secret', { SESSION_SECRETS: 'corredor-development-session-secret-change-me-0123456789' }, 'SESSION_SECRETS'],
    ['no session secret', { SESSION_SECRETS: undefined }, 'SESSION_SECRETS'],
    ['a short secret', { SESSION_SECRETS: 'short' }, 'SESSION_SECRETS'],
    ['plain http for the app', { PUBLIC_URL: 'http://corredor.example.org' }, 'PUBLIC_URL'],
    ['an address with a path', { PUBLIC_URL: 'https://example.org/corredor' }, 'PUBLIC_URL'],
    ['plain http to the provider', { OIDC_ISSUER: 'http://centres.example.org/oidc' }, 'OIDC_ISSUER'],
    ['sessions in memory', { MONGO_URL: undefined }, 'MONGO_URL'],
    ['no proxy in front', { TRUST_PROXY: '0' }, 'TRUST_PROXY'],
  ])('refuses to start in production with %s', (_what, change, variable) => {
    expect(() => readWebConfig({ ...PRODUCTION, ...change })).toThrow(variable);
  });

  it('refuses the development secret wherever sessions are kept in MongoDB, whatever NODE_ENV says', () => {
    expect(() => readWebConfig({ MONGO_URL: 'mongodb://mongo:27017/web' })).toThrow('SESSION_SECRETS');
    expect(readWebConfig(PRODUCTION).NODE_ENV).toBe('production');
  });
});
