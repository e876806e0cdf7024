import { DuplicateKeyError, isMongoReachable, translateMongoError, trusted } from '@corredor/persistence';
import type { Connection, PipelineStage } from 'mongoose';
import { mapSteps, type Steps } from '../cooperative/steps';
import { inSlices, type SliceOptions } from '../cooperative/time-slices';
import {
  FACT_KINDS,
  type CaseFact,
  type CentreFacts,
  type ClaimStepFact,
  type ClosureFact,
  type FactKind,
  type FactWindow,
  type IntakeAttachmentFact,
  type PersonFact,
  type RiskFlagFact,
  type ServiceFact,
  type StatusChangeFact,
} from './reporting-facts';
import type { CaseOpeningFact, ReferralMadeFact, ReferralStatusFact, ReportingFactRepository } from './reporting-fact.repository';
import {
  factModels,
  type AttachmentDocument,
  type CaseDocument,
  type ClaimStepDocument,
  type FactModels,
  type PersonDocument,
  type ReferralDocument,
  type RiskFlagDocument,
  type ServiceDocument,
} from './reporting-fact.schemas.mongo';

const key = (...parts: string[]) => parts.join('/');

/** Documents per batch of a large read (a centre's cases, a year's services): a few milliseconds of decoding each. */
const FACT_BATCH = 2000;

/** The documents a query answers when they are wanted; none, and no query, when not. */
const read = async <T>(wanted: boolean, query: () => PromiseLike<T[]>): Promise<T[]> => (wanted ? query() : []);

/** An upsert that met the same key written a moment before (a concurrent delivery): the fact is there. */
async function once(write: () => Promise<unknown>, collection: string): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (!(translateMongoError(error, collection) instanceof DuplicateKeyError)) throw error;
  }
}

function withoutId<T extends { _id: string }>(doc: T): Omit<T, '_id'> {
  const { _id: _ignored, ...rest } = doc;
  return rest;
}

/**
 * The projection in MongoDB, one set of collections per generation (see reporting-projection.ts).
 * Writes are keyed upserts (`$setOnInsert`) and guarded pushes, so repeating one changes nothing.
 */
export class MongoReportingFactRepository implements ReportingFactRepository {
  readonly models: FactModels;

  constructor(
    private readonly connection: Connection,
    generation: string,
    private readonly slices: SliceOptions = {},
  ) {
    this.models = factModels(connection, generation);
  }

  async recordCase(opening: CaseOpeningFact): Promise<void> {
    const doc = { ...opening, statusChanges: [], closures: [] };
    await once(() => this.models.cases.updateOne({ _id: key(opening.tenant, opening.caseId) }, { $setOnInsert: doc }, { upsert: true }), 'cases');
  }

  async recordStatusChange(tenant: string, caseId: string, change: StatusChangeFact): Promise<void> {
    await this.models.cases.updateOne(
      { _id: key(tenant, caseId), statusChanges: trusted({ $not: { $elemMatch: { at: change.at, to: change.to } } }) },
      { $push: { statusChanges: { at: change.at, to: change.to } } },
    );
  }

  async recordClosure(tenant: string, caseId: string, closure: ClosureFact): Promise<void> {
    await this.models.cases.updateOne(
      { _id: key(tenant, caseId), closures: trusted({ $not: { $elemMatch: { at: closure.at, outcome: closure.outcome } } }) },
      { $push: { closures: { at: closure.at, outcome: closure.outcome } } },
    );
  }

  async recordAttachment(attachment: IntakeAttachmentFact): Promise<void> {
    const _id = key(attachment.tenant, attachment.caseId, attachment.intakeId);
    await once(() => this.models.attachments.updateOne({ _id }, { $setOnInsert: attachment }, { upsert: true }), 'attachments');
  }

  async recordService(service: Omit<ServiceFact, 'voided'>): Promise<void> {
    const _id = key(service.tenant, service.serviceId);
    await once(() => this.models.services.updateOne({ _id }, { $setOnInsert: { ...service, voided: false } }, { upsert: true }), 'services');
  }

  async voidService(tenant: string, serviceId: string): Promise<void> {
    await this.models.services.updateOne({ _id: key(tenant, serviceId) }, { $set: { voided: true } });
  }

  async recordClaimStep(step: ClaimStepFact): Promise<void> {
    const _id = key(step.tenant, step.claimId, step.at.toISOString());
    await once(() => this.models.claimSteps.updateOne({ _id }, { $setOnInsert: step }, { upsert: true }), 'claim_steps');
  }

  async recordRiskFlag(flag: RiskFlagFact): Promise<void> {
    const _id = key(flag.tenant, flag.caseId, flag.screen, flag.flag, flag.level, flag.raisedAt.toISOString());
    await once(() => this.models.riskFlags.updateOne({ _id }, { $setOnInsert: flag }, { upsert: true }), 'risk_flags');
  }

  async recordReferral(referral: ReferralMadeFact): Promise<void> {
    const { tenant, referralId, ...made } = referral;
    await once(
      () =>
        this.models.referrals.updateOne(
          { _id: key(tenant, referralId) },
          { $set: made, $setOnInsert: { tenant, referralId, status: 'made', statusChangedAt: null } },
          { upsert: true },
        ),
      'referrals',
    );
  }

  async changeReferralStatus(change: ReferralStatusFact): Promise<void> {
    const { tenant, referralId, caseId, status, at } = change;
    // Matches a stored referral whose status is older (or as old), else inserts: a newer status stored meets the insert (duplicate key) and stays.
    const olderOrNone = [{ statusChangedAt: null }, { statusChangedAt: trusted({ $lte: at }) }];
    await once(
      () =>
        this.models.referrals.updateOne(
          { _id: key(tenant, referralId), $or: olderOrNone },
          { $set: { status, statusChangedAt: at }, $setOnInsert: { tenant, referralId, caseId, partnerId: null, partnerName: null, need: null, madeAt: null } },
          { upsert: true },
        ),
      'referrals',
    );
  }

  async isKeptOut(tenant: string, caseId: string): Promise<boolean> {
    return (await this.models.keptOut.exists({ _id: key(tenant, caseId) })) !== null;
  }

  async keepOut(tenant: string, caseId: string): Promise<void> {
    // The mark first: a fact written meanwhile by another subscriber sees it on its own check, or is deleted below.
    await once(() => this.models.keptOut.updateOne({ _id: key(tenant, caseId) }, { $setOnInsert: { tenant, caseId } }, { upsert: true }), 'kept_out');
    const ofCase = { tenant, caseId };
    await this.models.cases.deleteOne({ _id: key(tenant, caseId) });
    await this.models.attachments.deleteMany(ofCase);
    await this.models.services.deleteMany(ofCase);
    await this.models.claimSteps.deleteMany(ofCase);
    await this.models.riskFlags.deleteMany(ofCase);
    await this.models.referrals.deleteMany(ofCase);
  }

  async personOf(tenant: string, personId: string): Promise<PersonFact | null> {
    const doc = await this.models.people.findOne({ _id: key(tenant, personId) }).lean<PersonDocument>();
    return doc ? { tenant: doc.tenant, personId: doc.personId, withdrawnAt: doc.withdrawnAt ?? null, erased: doc.erased === true } : null;
  }

  async recordWithdrawal(tenant: string, personId: string, at: Date): Promise<PersonFact> {
    // An erased person's document does not match and the upsert's insert meets it: nothing changes.
    await once(
      () =>
        this.models.people.updateOne(
          { _id: key(tenant, personId), erased: trusted({ $ne: true }) },
          { $max: { withdrawnAt: at }, $setOnInsert: { tenant, personId, erased: false } },
          { upsert: true },
        ),
      'people',
    );
    return this.storedPerson(tenant, personId);
  }

  async recordErasure(tenant: string, personId: string): Promise<PersonFact> {
    const person: PersonFact = { tenant, personId, withdrawnAt: null, erased: true };
    await once(() => this.models.people.replaceOne({ _id: key(tenant, personId) }, person, { upsert: true }), 'people');
    return this.storedPerson(tenant, personId);
  }

  async casesOf(tenant: string, personId: string): Promise<Array<Pick<CaseFact, 'caseId' | 'openedAt'>>> {
    return this.models.cases.find({ tenant, personId }, { _id: 0, caseId: 1, openedAt: 1 }).lean<Array<Pick<CaseFact, 'caseId' | 'openedAt'>>>();
  }

  async factsOf(tenant: string, window: FactWindow, kinds: readonly FactKind[] = FACT_KINDS): Promise<CentreFacts> {
    const { models } = this;
    const wanted = new Set(kinds);
    const claimsWanted = wanted.has('claims') || wanted.has('claimsAtStart');
    // Only the kinds asked for, each read in batches (FACT_BATCH): the driver decodes each as it comes, so no one decoding holds the event loop long.
    const [cases, attachments, services, firstServices, claims, riskFlags, referrals] = await Promise.all([
      read(wanted.has('cases'), () => models.cases.find({ tenant }).batchSize(FACT_BATCH).lean<CaseDocument[]>()),
      read(wanted.has('attachments'), () => models.attachments.find({ tenant, attachedAt: trusted({ $lt: window.to }) }).batchSize(FACT_BATCH).lean<AttachmentDocument[]>()),
      read(wanted.has('services'), () =>
        models.services.find({ tenant, deliveredOn: trusted({ $gte: window.fromDay, $lte: window.toDay }), voided: false }).batchSize(FACT_BATCH).lean<ServiceDocument[]>(),
      ),
      read(wanted.has('firstServices'), () =>
        models.services
          .aggregate<{ _id: string; first: string }>([
            { $match: { tenant, voided: false, deliveredOn: { $lte: window.toDay } } },
            { $group: { _id: '$caseId', first: { $min: '$deliveredOn' } } },
            { $match: { first: { $gte: window.fromDay } } },
          ] as PipelineStage[])
          .option({ batchSize: FACT_BATCH }),
      ),
      read(claimsWanted, () =>
        models.claimSteps
          .aggregate<{ latest: ClaimStepDocument }>([
            { $match: { tenant, at: { $lt: window.to } } },
            { $sort: { at: 1 } },
            { $group: { _id: '$claimId', latest: { $last: '$$ROOT' } } },
            { $match: { 'latest.at': { $gte: window.from } } },
          ] as PipelineStage[])
          .option({ batchSize: FACT_BATCH }),
      ),
      read(wanted.has('riskFlags'), () => models.riskFlags.find({ tenant, raisedAt: trusted({ $gte: window.from, $lt: window.to }) }).batchSize(FACT_BATCH).lean<RiskFlagDocument[]>()),
      read(wanted.has('referrals'), () => models.referrals.find({ tenant, madeAt: trusted({ $gte: window.from, $lt: window.to }) }).batchSize(FACT_BATCH).lean<ReferralDocument[]>()),
    ]);
    // Where the period's claims stood when it began: each one's latest step before it.
    const claimsAtStart = await read(wanted.has('claimsAtStart') && claims.length > 0, () =>
      models.claimSteps
        .aggregate<{ latest: ClaimStepDocument }>([
          { $match: { tenant, at: { $lt: window.from }, claimId: { $in: claims.map((row) => row.latest.claimId) } } },
          { $sort: { at: 1 } },
          { $group: { _id: '$claimId', latest: { $last: '$$ROOT' } } },
        ] as PipelineStage[])
        .option({ batchSize: FACT_BATCH }),
    );
    // The documents as facts, in slices of the event loop: a large centre has many.
    return inSlices(
      (function* (): Steps<CentreFacts> {
        return {
          cases: yield* mapSteps(cases, (doc) => ({ ...withoutId(doc), statusChanges: doc.statusChanges.map(({ at, to }) => ({ at, to })), closures: doc.closures.map(({ at, outcome }) => ({ at, outcome })) })),
          attachments: yield* mapSteps(attachments, withoutId),
          services: yield* mapSteps(services, withoutId),
          firstServices: yield* mapSteps(firstServices, (row) => ({ caseId: row._id, deliveredOn: row.first })),
          claims: wanted.has('claims') ? yield* mapSteps(claims, (row) => withoutId(row.latest)) : [],
          claimsAtStart: yield* mapSteps(claimsAtStart, (row) => withoutId(row.latest)),
          riskFlags: yield* mapSteps(riskFlags, withoutId),
          referrals: yield* mapSteps(referrals, withoutId),
        };
      })(),
      this.slices,
    );
  }

  async partnerNames(tenant: string): Promise<Record<string, string>> {
    const rows = await this.models.referrals.aggregate<{ _id: string; name: string }>([
      { $match: { tenant, partnerId: { $ne: null }, partnerName: { $ne: null }, madeAt: { $ne: null } } },
      { $sort: { madeAt: 1 } },
      { $group: { _id: '$partnerId', name: { $last: '$partnerName' } } },
    ] as PipelineStage[]);
    return Object.fromEntries(rows.map((row) => [row._id, row.name]));
  }

  isReachable(): Promise<boolean> {
    return isMongoReachable(this.connection);
  }

  /** Creates this generation's collections and indexes (a generation made after start-up is not among the models prepared then). */
  async prepare(): Promise<void> {
    for (const model of Object.values(this.models)) {
      await model.createCollection().catch((error: unknown) => {
        if ((error as { codeName?: unknown }).codeName !== 'NamespaceExists') throw error;
      });
      await model.createIndexes();
    }
  }

  /** Drops this generation's collections and forgets its models. */
  async drop(): Promise<void> {
    for (const model of Object.values(this.models)) {
      await model.collection.drop().catch((error: unknown) => {
        if ((error as { codeName?: unknown }).codeName !== 'NamespaceNotFound') throw error;
      });
      this.connection.deleteModel(model.modelName);
    }
  }

  private async storedPerson(tenant: string, personId: string): Promise<PersonFact> {
    return (await this.personOf(tenant, personId)) ?? { tenant, personId, withdrawnAt: null, erased: false };
  }
}
