import { ageBandSchema, caseOutcomeSchema, casePrioritySchema, caseStatusSchema, riskFlagSchema, sexSchema } from '@corredor/contracts';
import { z } from 'zod';
import type { Case } from './case.domain';

const staffId = z.string().meta({ description: 'A staff user id' });

/** A case as the centre's staff see it (the alias is personal data: never outside the centre). */
export const caseViewSchema = z
  .object({
    id: z.uuid(),
    personId: z.uuid(),
    intakeIds: z.array(z.uuid()),
    alias: z.string(),
    profile: z.object({ sex: sexSchema, ageBand: ageBandSchema, nationality: z.string(), languages: z.array(z.string()) }),
    status: caseStatusSchema,
    priority: casePrioritySchema.meta({ description: 'Derived from the risk flags: the highest medium or high flag' }),
    riskFlags: z.array(riskFlagSchema),
    countInStatistics: z.boolean(),
    assignee: staffId.nullable(),
    openedAt: z.iso.datetime(),
    activatedAt: z.iso.datetime().nullable(),
    closedAt: z.iso.datetime().nullable(),
    closure: z.object({ outcome: caseOutcomeSchema, closedBy: staffId.nullable(), signedOffBy: staffId.nullable() }).nullable(),
    pendingClosure: z
      .object({ outcome: caseOutcomeSchema, requestedBy: staffId.nullable(), requestedAt: z.iso.datetime() })
      .nullable()
      .meta({ description: "A closure waiting for a coordinator's sign-off" }),
    reopenedAt: z.iso.datetime().nullable(),
    version: z.number().int().positive(),
  })
  .meta({ id: 'Case' });

export type CaseView = z.infer<typeof caseViewSchema>;

const isoOrNull = (date: Date | null) => date?.toISOString() ?? null;

export function caseView(kase: Case): CaseView {
  return {
    id: kase.id,
    personId: kase.personId,
    intakeIds: kase.intakeIds,
    alias: kase.alias,
    profile: kase.profile,
    status: kase.status,
    priority: kase.priority,
    riskFlags: kase.riskFlags,
    countInStatistics: kase.countInStatistics,
    assignee: kase.assignee,
    openedAt: kase.openedAt.toISOString(),
    activatedAt: isoOrNull(kase.activatedAt),
    closedAt: isoOrNull(kase.closedAt),
    closure: kase.closure,
    pendingClosure: kase.pendingClosure && { ...kase.pendingClosure, requestedAt: kase.pendingClosure.requestedAt.toISOString() },
    reopenedAt: isoOrNull(kase.reopenedAt),
    version: kase.version,
  };
}
