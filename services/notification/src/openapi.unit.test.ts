import { apiConformance, consumingTestApp } from '@corredor/service-kit';
import { buildApp } from './service';

describe('the notification API', () => {
  it('documents every route in /openapi.json and refuses every role a route does not admit', async () => {
    const built = await consumingTestApp(buildApp);
    expect(await apiConformance(built)).toEqual({ undocumented: [], missingFromDocument: [], roleLeaks: [] });
  });
});
