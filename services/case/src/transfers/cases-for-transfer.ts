import { DuplicateKeyError } from '@corredor/persistence';
import { caseEventRecords, type Causation } from '../cases/case-events';
import { historyEntries } from '../cases/case-history';
import { closeCase, openCase, type OpenCaseFacts } from '../cases/case.domain';
import type { CaseRepository } from '../cases/case.repository';
import type { PersonConsents } from '../consents/consent.repository';
import type { CaseToTransfer } from './transfer.domain';

/** An accepted transfer, as the receiving centre's new case is opened from it. */
export interface TransferToComplete {
  transferId: string;
  fromCentre: string;
  toCentre: string;
  originCaseId: string;
  newCaseId: string;
  newPersonId: string;
  acceptedAt: Date;
  acceptedBy: string | null;
}

/**
 * What transfers need of the case aggregate, and nothing more: the only place this feature touches
 * the case repository and the case domain (services/case/src/cases/).
 */
export interface CasesForTransfer {
  find(tenant: string, caseId: string): Promise<CaseToTransfer | null>;
  /**
   * Opens the case at the receiving centre with what the transfer consent covers (alias, profile,
   * risk flags and so priority) under the new person id, counted in statistics only if the person
   * consents to it now (the consent projection at the origin, not the origin case's flag). Done
   * once: a case already opened under that id means done. False when the origin case is gone.
   */
  openAtReceiver(transfer: TransferToComplete, cause: Causation): Promise<boolean>;
  /** Closes the origin case as transferred (case.status-changed and case.closed); a case closed already is left as it is. */
  closeAtOrigin(transfer: TransferToComplete, cause: Causation): Promise<void>;
}

export function casesForTransfer(cases: CaseRepository, consents: PersonConsents): CasesForTransfer {
  return {
    async find(tenant, caseId) {
      const kase = await cases.findById(tenant, caseId);
      if (!kase) return null;
      return { id: kase.id, personId: kase.personId, closed: kase.status === 'closed', priority: kase.priority, languages: [...kase.profile.languages] };
    },

    async openAtReceiver(transfer, cause) {
      if (await cases.findById(transfer.toCentre, transfer.newCaseId)) return true;
      const origin = await cases.findById(transfer.fromCentre, transfer.originCaseId);
      if (!origin) return false;
      // Deliberately not copied: services delivered, labour claims, notes, tasks, assignee, intake
      // answers and documents. They stay at the origin (README.md).
      const facts: OpenCaseFacts = {
        personId: transfer.newPersonId,
        // The transfer stands in for the intake the receiving centre never held: a fresh id there.
        intakeId: transfer.transferId,
        alias: origin.alias,
        profile: { ...origin.profile, languages: [...origin.profile.languages] },
        riskFlags: origin.riskFlags,
        // Whether the person consents now: a withdrawal at the origin must not be undone by the move.
        countInStatistics: await consents.hasConsent(transfer.fromCentre, origin.personId, 'statistics'),
        // For the receiving centre's figures: the person is new there (a new person id; it knows
        // nothing of any earlier visit, and accepts one person from an origin only once), and their
        // migratory situation is part of the interview, which stays at the origin (README.md): not
        // recorded (null) until the receiving centre interviews them: that intake then joins this
        // case (case.intake-attached carries the status) or opens a new one.
        returning: false,
        migratoryStatus: null,
      };
      const context = { now: transfer.acceptedAt, actor: transfer.acceptedBy };
      const decision = openCase(facts, { ...context, caseId: transfer.newCaseId, tenant: transfer.toCentre });
      try {
        await cases.add(decision.case, {
          events: caseEventRecords(decision.events, { ...cause, tenant: transfer.toCentre, caseId: transfer.newCaseId, now: transfer.acceptedAt }),
          history: historyEntries(decision, context),
        });
      } catch (error) {
        if (!(error instanceof DuplicateKeyError)) throw error;
      }
      return true;
    },

    async closeAtOrigin(transfer, cause) {
      const origin = await cases.findById(transfer.fromCentre, transfer.originCaseId);
      if (!origin || origin.status === 'closed') return;
      // The receiving centre's coordinator accepted; at the origin, the system closes the case.
      const context = { now: transfer.acceptedAt, actor: null };
      const decision = closeCase(origin, { outcome: 'transferred', signedOffBy: null }, context);
      await cases.update(decision.case, origin.version, {
        events: caseEventRecords(decision.events, { ...cause, tenant: transfer.fromCentre, caseId: origin.id, now: transfer.acceptedAt }),
        history: historyEntries(decision, context),
      });
    },
  };
}
