import { Schema, type Connection, type Model } from 'mongoose';
import type { CaseFact, ClaimStepFact, IntakeAttachmentFact, PersonFact, ReferralFact, RiskFlagFact, ServiceFact } from './reporting-facts';

/** Every document is keyed by centre and the fact's own id, so a write repeated by a redelivery or a replay lands on itself. */
type Keyed<T> = T & { _id: string };

export type CaseDocument = Keyed<CaseFact>;
export type KeptOutDocument = Keyed<{ tenant: string; caseId: string }>;
export type AttachmentDocument = Keyed<IntakeAttachmentFact>;
export type ServiceDocument = Keyed<ServiceFact>;
export type ClaimStepDocument = Keyed<ClaimStepFact>;
export type RiskFlagDocument = Keyed<RiskFlagFact>;
export type ReferralDocument = Keyed<ReferralFact>;
export type PersonDocument = Keyed<PersonFact>;

const options = (collection: string) => ({ collection, versionKey: false }) as const;
const id = { _id: { type: String, required: true } };
const tenant = { tenant: { type: String, required: true } };
const nullableString = { type: String, default: null };
const nullableDate = { type: Date, default: null };

function caseSchema(collection: string) {
  const change = new Schema({ at: { type: Date, required: true }, to: { type: String, required: true } }, { _id: false });
  const closure = new Schema({ at: { type: Date, required: true }, outcome: { type: String, required: true } }, { _id: false });
  const schema = new Schema<CaseDocument>(
    {
      ...id,
      ...tenant,
      caseId: { type: String, required: true },
      personId: { type: String, required: true },
      openedAt: { type: Date, required: true },
      returning: { type: Boolean, required: true },
      priority: { type: String, required: true },
      sex: { type: String, required: true },
      ageBand: { type: String, required: true },
      nationality: { type: String, required: true },
      languages: { type: [String], required: true },
      migratoryStatus: nullableString,
      statusChanges: { type: [change], default: [] },
      closures: { type: [closure], default: [] },
    },
    options(collection),
  );
  schema.index({ tenant: 1, personId: 1 });
  return schema;
}

function keptOutSchema(collection: string) {
  return new Schema<KeptOutDocument>({ ...id, ...tenant, caseId: { type: String, required: true } }, options(collection));
}

function attachmentSchema(collection: string) {
  const schema = new Schema<AttachmentDocument>(
    {
      ...id,
      ...tenant,
      caseId: { type: String, required: true },
      intakeId: { type: String, required: true },
      attachedAt: { type: Date, required: true },
      migratoryStatus: nullableString,
    },
    options(collection),
  );
  schema.index({ tenant: 1, attachedAt: 1 });
  schema.index({ tenant: 1, caseId: 1 });
  return schema;
}

function serviceSchema(collection: string) {
  const schema = new Schema<ServiceDocument>(
    {
      ...id,
      ...tenant,
      serviceId: { type: String, required: true },
      caseId: { type: String, required: true },
      type: { type: String, required: true },
      deliveredOn: { type: String, required: true },
      language: nullableString,
      voided: { type: Boolean, required: true },
    },
    options(collection),
  );
  schema.index({ tenant: 1, deliveredOn: 1 });
  schema.index({ tenant: 1, caseId: 1 });
  return schema;
}

function claimStepSchema(collection: string) {
  const schema = new Schema<ClaimStepDocument>(
    {
      ...id,
      ...tenant,
      claimId: { type: String, required: true },
      caseId: { type: String, required: true },
      at: { type: Date, required: true },
      claimType: { type: String, required: true },
      authority: { type: String, required: true },
      status: { type: String, required: true },
      currency: { type: String, required: true },
      claimed: nullableString,
      agreed: nullableString,
      awarded: nullableString,
      received: nullableString,
    },
    options(collection),
  );
  schema.index({ tenant: 1, at: 1 });
  schema.index({ tenant: 1, caseId: 1 });
  return schema;
}

function riskFlagSchema(collection: string) {
  const schema = new Schema<RiskFlagDocument>(
    {
      ...id,
      ...tenant,
      caseId: { type: String, required: true },
      screen: { type: String, required: true },
      flag: { type: String, required: true },
      level: { type: String, required: true },
      raisedAt: { type: Date, required: true },
    },
    options(collection),
  );
  schema.index({ tenant: 1, raisedAt: 1 });
  schema.index({ tenant: 1, caseId: 1 });
  return schema;
}

function referralSchema(collection: string) {
  const schema = new Schema<ReferralDocument>(
    {
      ...id,
      ...tenant,
      referralId: { type: String, required: true },
      caseId: { type: String, required: true },
      partnerId: nullableString,
      partnerName: nullableString,
      need: nullableString,
      madeAt: nullableDate,
      status: { type: String, required: true },
      statusChangedAt: nullableDate,
    },
    options(collection),
  );
  schema.index({ tenant: 1, madeAt: 1 });
  schema.index({ tenant: 1, caseId: 1 });
  return schema;
}

function personSchema(collection: string) {
  return new Schema<PersonDocument>(
    { ...id, ...tenant, personId: { type: String, required: true }, withdrawnAt: nullableDate, erased: { type: Boolean, default: false } },
    options(collection),
  );
}

export interface FactModels {
  cases: Model<CaseDocument>;
  keptOut: Model<KeptOutDocument>;
  attachments: Model<AttachmentDocument>;
  services: Model<ServiceDocument>;
  claimSteps: Model<ClaimStepDocument>;
  riskFlags: Model<RiskFlagDocument>;
  referrals: Model<ReferralDocument>;
  people: Model<PersonDocument>;
}

/** Collections of one generation of the projection: `reporting_<generation>_<kind>`. */
export function factCollectionName(generation: string, kind: string): string {
  return `reporting_${generation}_${kind}`;
}

/** The models of one generation (registered once per connection and generation). */
export function factModels(connection: Connection, generation: string): FactModels {
  const model = <T>(kind: string, schemaOf: (collection: string) => Schema<T>): Model<T> => {
    const name = `Reporting_${generation}_${kind}`;
    const collection = factCollectionName(generation, kind);
    return (connection.models[name] as Model<T> | undefined) ?? connection.model<T>(name, schemaOf(collection), collection);
  };
  return {
    cases: model('cases', caseSchema),
    keptOut: model('kept_out', keptOutSchema),
    attachments: model('attachments', attachmentSchema),
    services: model('services', serviceSchema),
    claimSteps: model('claim_steps', claimStepSchema),
    riskFlags: model('risk_flags', riskFlagSchema),
    referrals: model('referrals', referralSchema),
    people: model('people', personSchema),
  };
}
