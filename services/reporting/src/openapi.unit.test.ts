import { apiConformance, consumingTestApp, openApiErrors } from '@corredor/service-kit/testing';
import request from 'supertest';
import { buildApp } from './service';

describe('the reporting API', () => {
  it('documents every route in /openapi.json and refuses every role a route does not admit', async () => {
    const built = await consumingTestApp(buildApp);
    expect(await apiConformance(built)).toEqual({ undocumented: [], missingFromDocument: [], roleLeaks: [] });
  });

  it('serves a valid OpenAPI 3.1 document', async () => {
    const built = await consumingTestApp(buildApp);
    const document = (await request(built.app).get('/openapi.json')).body as object;
    expect(await openApiErrors(document)).toEqual([]);
  });
});
