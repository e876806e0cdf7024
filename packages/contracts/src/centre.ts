import { z } from 'zod';
import { centreIdSchema, networkIdSchema } from './identifiers';
import { iso639Schema } from './languages';
import { nationalitySchema } from './profile';

/** What a centre offers (DOMAIN.md, "What a centre does"). */
export const CENTRE_SERVICES = [
  'guidance',
  'accompaniment',
  'labour-justice',
  'interpretation',
  'referral',
  'risk-screening',
  'outreach',
] as const;
export const centreServiceSchema = z.enum(CENTRE_SERVICES);
export type CentreService = z.infer<typeof centreServiceSchema>;

export const CENTRE_STATUSES = ['active', 'suspended', 'archived'] as const;
export const centreStatusSchema = z.enum(CENTRE_STATUSES);
export type CentreStatus = z.infer<typeof centreStatusSchema>;

const TIME_ZONES: ReadonlySet<string> = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);

/** An IANA time zone the runtime knows, such as America/Tijuana. */
export const timeZoneSchema = z.string().refine((zone) => TIME_ZONES.has(zone), 'is not a known IANA time zone such as "America/Tijuana"');

const unique = <T extends z.ZodType<string>>(item: T, what: string) =>
  z.array(item).refine((list) => new Set(list).size === list.length, `${what} must not repeat`);

/** The office's own contact details (never a person's). */
export const centreContactSchema = z.strictObject({
  email: z.email('must be an email address').optional(),
  phone: z.string().regex(/^\+?[0-9 ()-]{6,24}$/, 'must be a phone number such as "+52 962 000 0000"').optional(),
  address: z.string().trim().min(1).max(300).optional(),
});

/** What an operator declares about a centre: everything but its status and version. */
export const centreSpecSchema = z.strictObject({
  name: z.string().trim().min(2).max(160),
  city: z.string().trim().min(1).max(120),
  country: nationalitySchema,
  timeZone: timeZoneSchema,
  languages: unique(iso639Schema, 'languages').min(1, 'at least one language is required').max(20),
  services: unique(centreServiceSchema, 'services').min(1, 'at least one service is required'),
  contact: centreContactSchema.default({}),
  networks: unique(networkIdSchema, 'networks').min(1, 'a centre belongs to at least one network').max(20),
  security: z.strictObject({ requireSecondFactor: z.boolean().default(false) }).default({ requireSecondFactor: false }),
});
export type CentreSpec = z.infer<typeof centreSpecSchema>;

/**
 * The centre's data key, wrapped by the platform's master key (see @corredor/crypto): every service
 * unwraps it to seal and open that centre's personal data, in its store and in events. Once
 * destroyed (crypto-shredding), no copy of the key is left anywhere the platform writes, and
 * everything sealed under it is unreadable for good.
 */
export const centreDataKeySchema = z.discriminatedUnion('state', [
  z.strictObject({
    state: z.literal('active'),
    id: z.string().regex(/^dk-[0-9a-f]{16}$/),
    wrapped: z.string().min(16).max(1024),
  }),
  z.strictObject({ state: z.literal('destroyed'), destroyedAt: z.iso.datetime({ offset: true }) }),
]);
export type CentreDataKey = z.infer<typeof centreDataKeySchema>;

/**
 * A centre as every service sees it. Centre events carry the whole snapshot, because their topic is
 * compacted: after compaction only the latest event of each centre is left, and it must be enough.
 * The office's contact details stay in the registry: no other service needs them.
 */
export const centreSnapshotSchema = centreSpecSchema.omit({ contact: true }).extend({
  id: centreIdSchema,
  status: centreStatusSchema,
  /** Increases on every change; a view applies a snapshot only if it is newer than what it holds. */
  configVersion: z.number().int().positive(),
  /** Absent in snapshots from before data keys existed: the centre service issues one at its next start. */
  dataKey: centreDataKeySchema.optional(),
});
export type CentreSnapshot = z.infer<typeof centreSnapshotSchema>;
