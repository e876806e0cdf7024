import { baseConfigSchema, loadConfig, portSchema } from '@corredor/service-kit/config';
import { z } from 'zod';

const reportingConfigSchema = z.object({
  PORT: portSchema(3005),
  /** How often the network-sharing scan runs (each status and period is announced once, whichever instance finds it). */
  SHARING_SCAN_INTERVAL_MS: z.coerce.number().int().min(100).max(86_400_000).default(60_000),
  /** Days a closed period waits before its shared figures are published, so records entered late make it in (never re-published after). */
  SHARING_PUBLISH_AFTER_DAYS: z.coerce.number().int().min(0).max(90).default(5),
});

/** The environment, read once. */
export const config = loadConfig(z.intersection(baseConfigSchema, reportingConfigSchema), process.env);
