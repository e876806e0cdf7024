import { apiConformance, consumingTestApp, openApiErrors } from '@corredor/service-kit/testing';
import request from 'supertest';
import { buildApp } from './service';

describe('the intake API', () => {
  it('documents every route in /openapi.json and refuses every role a route does not admit', async () => {
    const built = await consumingTestApp(buildApp);
    expect(await apiConformance(built)).toEqual({ undocumented: [], missingFromDocument: [], roleLeaks: [] });
  });

  it('serves a valid OpenAPI 3.1 document, with the Idempotency-Key of a submission', async () => {
    const built = await consumingTestApp(buildApp);
    const document = (await request(built.app).get('/openapi.json')).body as {
      paths: Record<string, Record<string, { parameters?: Array<{ in: string; name: string }> }>>;
    };
    expect(await openApiErrors(document)).toEqual([]);
    expect(document.paths['/intakes']?.['post']?.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ in: 'header', name: 'idempotency-key' })]));
    expect(Object.keys(document.paths).sort()).toEqual(
      expect.arrayContaining([
        '/intakes',
        '/intakes/{id}',
        '/people/matches',
        '/people/{id}',
        '/people/{id}/intakes',
        '/people/{id}/consents',
        '/people/{id}/consents/{consentId}/withdraw',
      ]),
    );
  });
});
