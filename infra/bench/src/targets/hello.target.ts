/**
 * The baseline: what express 5 with helmet does for a JSON POST that does nothing. Every other
 * figure is read as a share of this one, so machines of different speeds compare.
 */
import express from 'express';
import helmet from 'helmet';
import type { AddressInfo } from 'node:net';
import { serveTarget } from './serve-target';
import { BODY_VARIANTS } from './target-protocol';

serveTarget(async () => {
  const app = express();
  app.use(helmet());
  app.use(express.json());
  app.post('/hello', (req, res) => {
    res.status(201).json({ hello: typeof req.body === 'object' ? 'world' : 'nobody' });
  });
  const server = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  const bodies = Array.from({ length: BODY_VARIANTS }, (_, i) => JSON.stringify({ name: `caller ${i}` }));
  return {
    requests: { post: { method: 'POST', url: `http://127.0.0.1:${port}/hello`, headers: { 'content-type': 'application/json' }, bodies } },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
});
