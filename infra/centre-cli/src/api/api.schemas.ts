import { centreContactSchema, centreIdSchema, centreSnapshotSchema, centreStatusSchema } from '@corredor/contracts';
import { z } from 'zod';

/**
 * A centre as the registry shows it to operators: the snapshot every service holds (never its data
 * key: the registry does not show it), plus the office's contact details. Fields added later are
 * ignored, not refused.
 */
export const centreSchema = z.object({ ...centreSnapshotSchema.omit({ dataKey: true }).shape, contact: centreContactSchema.default({}) });
export type Centre = z.infer<typeof centreSchema>;

export const changeSchema = z.object({ field: z.string(), from: z.unknown(), to: z.unknown() });
export type CentreChange = z.infer<typeof changeSchema>;

export const putCentreResponseSchema = z.object({
  result: z.enum(['created', 'updated', 'unchanged']),
  centre: centreSchema,
  changes: z.array(changeSchema).default([]),
});

/** A page of centres; `nextCursor` asks for the next one. */
export const centreListSchema = z.object({ items: z.array(centreSchema), nextCursor: z.string().nullable() });
export const centreEnvelopeSchema = z.object({ centre: centreSchema });

/** How one service sees a centre right now. */
export const directoryViewSchema = z.object({ id: centreIdSchema, status: centreStatusSchema, configVersion: z.number().int() });
export type DirectoryView = z.infer<typeof directoryViewSchema>;

export const invitationSchema = z.object({ url: z.url(), expiresAt: z.string() });
export type Invitation = z.infer<typeof invitationSchema>;

export const coordinatorResponseSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('invited'), invitation: invitationSchema.nullable(), pendingUntil: z.string().optional() }),
  z.object({ status: z.literal('active') }),
]);
export type CoordinatorResponse = z.infer<typeof coordinatorResponseSchema>;

export const reinviteResponseSchema = z.object({ invitation: invitationSchema });

export const partnerDirectoryResponseSchema = z.object({ created: z.array(z.string()), unchanged: z.array(z.string()) });

/** A rebuild of the reporting projection from the event log (reporting's `ProjectionRebuild`). */
export const REBUILD_STATUSES = ['replaying', 'handing-over', 'done', 'failed', 'abandoned'] as const;
export type RebuildStatus = (typeof REBUILD_STATUSES)[number];
export const isRebuildRunning = (status: RebuildStatus): boolean => status === 'replaying' || status === 'handing-over';

const count = z.number().int().nonnegative();
export const projectionRebuildSchema = z.object({
  id: z.string(),
  /** The generation being built (g2, g3...), and the live one it replaces. */
  generation: z.string(),
  replacing: z.string(),
  status: z.enum(REBUILD_STATUSES),
  startedBy: z.string(),
  startedAt: z.string(),
  switchedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  progress: z.object({
    read: count,
    total: count,
    applied: count,
    ignored: count,
    invalid: count,
    eventsPerSecond: z.number().nonnegative().nullable(),
    secondsLeft: z.number().nonnegative().nullable(),
    elapsedSeconds: z.number().nonnegative(),
  }),
  /** Why it failed or was abandoned: a stable code. */
  failure: z.string().nullable(),
});
export type ProjectionRebuild = z.infer<typeof projectionRebuildSchema>;

/** The live generation (the one the reports read) and the latest rebuild, running or not. */
export const projectionStateSchema = z.object({ generation: z.string(), rebuild: projectionRebuildSchema.nullable() });
export type ProjectionState = z.infer<typeof projectionStateSchema>;

/** RFC 9457 problem details as every service answers errors. */
export const problemSchema = z.object({
  status: z.number().int(),
  code: z.string(),
  title: z.string().optional(),
  detail: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});
