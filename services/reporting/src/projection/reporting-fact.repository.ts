import type { PartnerService } from '@corredor/contracts';
import type {
  CaseFact,
  CentreFacts,
  ClaimStepFact,
  ClosureFact,
  FactKind,
  FactWindow,
  IntakeAttachmentFact,
  PersonFact,
  ReferralFact,
  RiskFlagFact,
  ServiceFact,
  StatusChangeFact,
} from './reporting-facts';

export type CaseOpeningFact = Omit<CaseFact, 'statusChanges' | 'closures'>;
export interface ReferralMadeFact {
  tenant: string;
  referralId: string;
  caseId: string;
  partnerId: string;
  partnerName: string;
  need: PartnerService;
  madeAt: Date;
}
export type ReferralStatusFact = Pick<ReferralFact, 'tenant' | 'referralId' | 'caseId' | 'status'> & { at: Date };

/**
 * Reporting's own store of facts (one generation of the projection). Every write is keyed, so a
 * redelivered or replayed event changes nothing the second time. Whether a case may be counted at
 * all is the caller's decision (see record-fact.ts); the store keeps what it is told to keep and
 * forgets what it is told to forget.
 */
export interface ReportingFactRepository {
  /** A case opening; a case recorded already is left as it is. */
  recordCase(opening: CaseOpeningFact): Promise<void>;
  /** Adds a status change or a closure to a recorded case (the same one twice: once); nothing for a case not recorded. */
  recordStatusChange(tenant: string, caseId: string, change: StatusChangeFact): Promise<void>;
  recordClosure(tenant: string, caseId: string, closure: ClosureFact): Promise<void>;
  recordAttachment(attachment: IntakeAttachmentFact): Promise<void>;
  recordService(service: Omit<ServiceFact, 'voided'>): Promise<void>;
  voidService(tenant: string, serviceId: string): Promise<void>;
  /** One step per claim and instant. */
  recordClaimStep(step: ClaimStepFact): Promise<void>;
  /** One per case, flag, level and instant. */
  recordRiskFlag(flag: RiskFlagFact): Promise<void>;
  /** The referral as made; its status is kept if a change of it was heard of first. */
  recordReferral(referral: ReferralMadeFact): Promise<void>;
  /** The later change wins (at the same instant, the one heard of last); an older one changes nothing. */
  changeReferralStatus(change: ReferralStatusFact): Promise<void>;

  isKeptOut(tenant: string, caseId: string): Promise<boolean>;
  /** The case counts in no figure: every fact of it is forgotten, and only its id kept, so later facts of it are refused too. */
  keepOut(tenant: string, caseId: string): Promise<void>;

  personOf(tenant: string, personId: string): Promise<PersonFact | null>;
  /** Keeps the latest withdrawal; ignored once the person was erased. Answers the person as now stored. */
  recordWithdrawal(tenant: string, personId: string, at: Date): Promise<PersonFact>;
  /**
   * Remembers that the id was erased, and nothing else of it (a withdrawal kept is forgotten); a
   * redelivered erasure changes nothing. Answers the person as now stored. Keeping their cases out is the caller's.
   */
  recordErasure(tenant: string, personId: string): Promise<PersonFact>;
  /** The person's recorded cases. */
  casesOf(tenant: string, personId: string): Promise<Array<Pick<CaseFact, 'caseId' | 'openedAt'>>>;

  /** What the figures of the centre and the window are computed from (see CentreFacts): the kinds asked for (the others empty), or all. */
  factsOf(tenant: string, window: FactWindow, kinds?: readonly FactKind[]): Promise<CentreFacts>;
  /** Each partner referred to, by id, with the name of the latest referral to it. */
  partnerNames(tenant: string): Promise<Record<string, string>>;
  isReachable(): Promise<boolean>;
}
