import { baseConfigSchema, loadConfig, portSchema } from '@corredor/service-kit/config';
import { z } from 'zod';

const caseConfigSchema = z.object({
  PORT: portSchema(3002),
  /** How often the due-task scan looks for tasks falling due (each is announced once, whichever instance finds it). */
  TASK_SCAN_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
});

/** The environment, read once. */
export const config = loadConfig(z.intersection(baseConfigSchema, caseConfigSchema), process.env);
