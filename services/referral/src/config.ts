import { baseConfigSchema, loadConfig, portSchema } from '@corredor/service-kit/config';
import { z } from 'zod';

/** The environment, read once. */
export const config = loadConfig(z.intersection(baseConfigSchema, z.object({ PORT: portSchema(3003) })), process.env);
