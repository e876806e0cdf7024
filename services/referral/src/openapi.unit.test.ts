import { apiConformance, consumingTestApp, openApiErrors } from '@corredor/service-kit/testing';
import request from 'supertest';
import { referralPolicy } from './referral-policy';
import { buildApp } from './service';

describe('the referral API', () => {
  it('documents every route in /openapi.json and refuses every role a route does not admit', async () => {
    const built = await consumingTestApp(buildApp);
    expect(await apiConformance(built)).toEqual({ undocumented: [], missingFromDocument: [], roleLeaks: [] });
  });

  it('serves a valid OpenAPI 3.1 document, with the roles of each route', async () => {
    const built = await consumingTestApp(buildApp);
    const document = (await request(built.app).get('/openapi.json')).body as { paths: Record<string, Record<string, { 'x-roles': string[] }>> };
    expect(await openApiErrors(document)).toEqual([]);
    expect(document.paths['/cases/{caseId}/referrals']?.['post']?.['x-roles']).toEqual(['coordinator', 'promoter', 'lawyer']);
    expect(document.paths['/centres/{centreId}/partner-directory']?.['put']?.['x-roles']).toEqual(['operator']);
    // The access matrix and the service's policy table say the same: whoever refers records what came of it.
    for (const [path, action] of [
      ['/cases/{caseId}/referrals', 'referral.make'],
      ['/cases/{caseId}/referrals/{referralId}/outcome', 'referral.record-outcome'],
    ] as const) {
      expect(document.paths[path]?.['post']?.['x-roles']).toEqual([...referralPolicy.roles(action)]);
    }
  });
});
