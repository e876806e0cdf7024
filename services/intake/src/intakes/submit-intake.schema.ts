import { languagesSchema, nationalitySchema, sexSchema } from '@corredor/contracts';
import { z } from 'zod';

/** The body of POST /v1/intakes. Strict: a field we do not know is refused rather than stored. */
export const submitIntakeBody = z.strictObject({
  alias: z.string().trim().min(1, 'a name or alias is required').max(120),
  sex: sexSchema,
  yearOfBirth: z.number().int().min(1900).nullable().default(null),
  nationality: nationalitySchema,
  languages: languagesSchema,
  consent: z.strictObject({
    storeData: z.literal(true, 'the person must consent to their data being stored before anything is saved'),
  }),
});

export type SubmitIntakeBody = z.infer<typeof submitIntakeBody>;

export const idempotencyKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,100}$/, 'Idempotency-Key must be 8 to 100 letters, digits, "-" or "_"');
