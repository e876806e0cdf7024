import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { probeReadiness } from './healthcheck';

describe('container health check', () => {
  let server: Server;
  let status = 200;
  let delayMs = 0;
  const port = () => (server.address() as AddressInfo).port;

  beforeAll(async () => {
    server = createServer((req, res) => {
      setTimeout(() => {
        res.statusCode = req.url === '/readyz' ? status : 404;
        res.end('{}');
      }, delayMs);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  beforeEach(() => {
    status = 200;
    delayMs = 0;
  });

  it('is healthy when /readyz answers 200 (ready or degraded)', async () => {
    expect(await probeReadiness(port())).toBe(true);
  });

  it('is unhealthy when the service is unready or draining (503)', async () => {
    status = 503;
    expect(await probeReadiness(port())).toBe(false);
  });

  it('is unhealthy when the service does not answer in time', async () => {
    delayMs = 500;
    expect(await probeReadiness(port(), 100)).toBe(false);
  });

  it('is unhealthy when nothing listens on the port', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const freed = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await probeReadiness(freed)).toBe(false);
  });
});
