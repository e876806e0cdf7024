// The container health check: `node dist/healthcheck.js` exits 0 when this app answers /readyz.
import { runHealthcheck } from '@corredor/service-kit/healthcheck';
import { readWebConfig } from './server/config';

runHealthcheck(readWebConfig().PORT);
