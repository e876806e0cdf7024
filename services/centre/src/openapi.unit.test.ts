import { apiConformance, openApiErrors } from '@corredor/service-kit/testing';
import { centreTestApp } from './testing/centre-test-app';

describe('the centre API', () => {
  it('documents every route in /openapi.json and refuses every role a route does not admit', async () => {
    const app = centreTestApp();
    try {
      expect(await apiConformance(app)).toEqual({ undocumented: [], missingFromDocument: [], roleLeaks: [] });
    } finally {
      await app.module.stop?.();
    }
  });

  it('serves a valid OpenAPI 3.1 document', async () => {
    const app = centreTestApp();
    try {
      const document = (await app.http.get('/openapi.json')).body as object;
      expect(await openApiErrors(document)).toEqual([]);
    } finally {
      await app.module.stop?.();
    }
  });
});
