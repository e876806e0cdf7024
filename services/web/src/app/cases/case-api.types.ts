import type { components as CaseSchemas, paths as CasePaths } from '../api/generated/case';
import type { components as IntakeSchemas } from '../api/generated/intake';
import type { components as ReferralSchemas, paths as ReferralPaths } from '../api/generated/referral';

/**
 * The API's own types, taken from the generated clients: when a service changes what it answers or
 * accepts, the screens that use it stop type-checking.
 */
type S = CaseSchemas['schemas'];

export type Case = S['Case'];
export type CaseStatus = Case['status'];
export type CasePriority = Case['priority'];
export type CaseOutcome = NonNullable<Case['closure']>['outcome'];
export type RiskFlag = Case['riskFlags'][number];
export type RiskScreen = RiskFlag['screen'];
export type RiskLevel = RiskFlag['level'];
export type CasesQuery = NonNullable<CasePaths['/cases']['get']['parameters']['query']>;
export type CaseSort = NonNullable<CasesQuery['sort']>;
export type TaskDueFilter = NonNullable<CasesQuery['taskDue']>;

export type TimelineEntry = S['TimelineEntry'];
export type TimelineKind = TimelineEntry['kind'];

export type ServiceDelivery = S['ServiceDelivery'];
export type RecordService = S['RecordService'];
export type ServiceType = ServiceDelivery['type'];
export type AccompanimentOffice = NonNullable<ServiceDelivery['accompaniment']>['office'];
export type AccompanimentProcedure = NonNullable<ServiceDelivery['accompaniment']>['procedure'];

export type LabourClaim = S['LabourClaim'];
export type RecordLabourClaim = S['RecordLabourClaim'];
export type ChangeLabourClaim = S['ChangeLabourClaim'];
export type AddHearing = S['AddHearing'];
export type ClaimType = LabourClaim['claimType'];
export type ClaimAuthority = LabourClaim['authority'];
export type ClaimStatus = LabourClaim['status'];
export type Hearing = LabourClaim['hearings'][number];
export type HearingKind = Hearing['kind'];
export type HearingOutcome = NonNullable<Hearing['outcome']>;
export type AmountName = Exclude<keyof LabourClaim['amounts'], 'outstanding'>;
export type DateName = keyof LabourClaim['dates'];

export type Task = S['Task'];
export type TaskKind = Task['kind'];
export type NewTask = CasePaths['/cases/{id}/tasks']['post']['requestBody']['content']['application/json'];

export type CaseNote = S['CaseNote'];
export type NoteVisibility = CaseNote['visibility'];

export type Transfer = S['Transfer'];
export type IncomingTransfer = S['IncomingTransfer'];
export type OutgoingTransfer = S['OutgoingTransfer'];
export type TransferStatus = Transfer['status'];
export type DeclineReason = S['TransferDecline']['reason'];
export type CancelReason = NonNullable<OutgoingTransfer['cancelReason']>;

export type Referral = ReferralSchemas['schemas']['Referral'];
export type Partner = ReferralSchemas['schemas']['Partner'];
export type ReferralNeed = Referral['need'];
export type ReferralStatus = Referral['status'];
export type ReferralOutcome = ReferralPaths['/cases/{caseId}/referrals/{referralId}/outcome']['post']['requestBody']['content']['application/json']['outcome'];

export type ConsentScope = IntakeSchemas['schemas']['Consent']['scope'];

/** True only when A and B are the same union: a list of codes written here must match the API's. */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
