// The container health check: `node dist/healthcheck.js` exits 0 when this service answers /readyz.
import { runHealthcheck } from '@corredor/service-kit/healthcheck';
import { config } from './config';

runHealthcheck(config.PORT);
