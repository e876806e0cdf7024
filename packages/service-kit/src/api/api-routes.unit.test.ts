import { ACCESS_MATRIX } from '@corredor/contracts';
import { z } from 'zod';
import { ApiRoutes } from './api-routes';

const spec = { summary: 'a thing', tag: 'Test', params: z.object({ id: z.uuid() }), responses: { 200: { description: 'ok' } } };
const ok = () => undefined;

describe('API routes on a section of the access matrix', () => {
  it("take each route's roles from its row, for the role check and for x-roles alike", () => {
    const api = new ApiRoutes({ 'GET /things/:id': ['coordinator', 'lawyer'], 'POST /things/:id/close': ['coordinator'] });
    api.get('/things/:id', spec, ok).post('/things/:id/close', spec, ok);

    expect(api.routes).toEqual([
      { method: 'get', path: '/things/:id', roles: ['coordinator', 'lawyer'] },
      { method: 'post', path: '/things/:id/close', roles: ['coordinator'] },
    ]);
    const paths = api.document({ title: 'test', version: '1' }).paths ?? {};
    expect(paths['/things/{id}']?.get?.['x-roles']).toEqual(['coordinator', 'lawyer']);
    expect(paths['/things/{id}/close']?.post?.['x-roles']).toEqual(['coordinator']);
  });

  it('refuse a route without a row, naming it', () => {
    const api = new ApiRoutes({ 'GET /things/:id': ['coordinator'] });
    expect(() => api.delete('/things/:id', spec, ok)).toThrow('DELETE /things/:id has no row in the access matrix');
    expect(api.routes).toEqual([]);
  });

  it('do not read a row from the prototype of the section', () => {
    expect(() => new ApiRoutes({}).get('/constructor', spec, ok)).toThrow('no row');
  });

  it('report the rows no route was registered for', () => {
    const api = new ApiRoutes({ 'GET /things/:id': ['coordinator'], 'POST /things/:id/close': ['coordinator'] });
    api.get('/things/:id', spec, ok);
    expect(api.unroutedRows).toEqual(['POST /things/:id/close']);
  });

  it("build on a service's name as on its section", () => {
    const api = new ApiRoutes('case');
    api.get('/cases/:id', spec, ok);
    expect(api.routes[0]?.roles).toEqual(ACCESS_MATRIX.case['GET /cases/:id']);
    expect(() => api.get('/intakes/:id', spec, ok)).toThrow('GET /intakes/:id has no row');
  });
});
