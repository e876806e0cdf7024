import { inTransaction, isMongoReachable, replaceVersioned, translateMongoError, VersionConflictError } from '@corredor/persistence';
import { Schema, type ClientSession, type Connection, type Model } from 'mongoose';
import type { Invitation, StaffAccount } from './staff-account.domain';
import type { StaffRepository } from './staff.repository';

type AccountDocument = Omit<StaffAccount, 'id'> & { _id: string };
type InvitationDocument = Omit<Invitation, 'id'> & { _id: string };

const accountSchema = new Schema<AccountDocument>(
  {
    _id: { type: String, required: true },
    tenant: { type: String, required: true },
    email: { type: String, required: true },
    name: { type: String, required: true },
    roles: { type: [String], required: true },
    preferredLanguage: { type: String, required: true },
    status: { type: String, required: true },
    passwordHash: { type: String, default: null },
    totpSecret: { type: String, default: null },
    totpLastStep: { type: Number, default: null },
    invitedBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    version: { type: Number, required: true },
  },
  { collection: 'staff_accounts', versionKey: false },
);
accountSchema.index({ email: 1 }, { unique: true, name: 'email' });
accountSchema.index({ tenant: 1, name: 1 });

const invitationSchema = new Schema<InvitationDocument>(
  {
    _id: { type: String, required: true },
    tenant: { type: String, required: true },
    accountId: { type: String, required: true },
    tokenHash: { type: String, required: true },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
    usedAt: { type: Date, default: null },
    revokedAt: { type: Date, default: null },
  },
  { collection: 'staff_invitations', versionKey: false },
);
invitationSchema.index({ tokenHash: 1 }, { unique: true, name: 'tokenHash' });
invitationSchema.index({ accountId: 1, createdAt: -1 });

const toAccount = ({ _id, ...rest }: AccountDocument): StaffAccount => ({ id: _id, ...rest });
const toInvitation = ({ _id, ...rest }: InvitationDocument): Invitation => ({ id: _id, ...rest });

export class MongoStaffRepository implements StaffRepository {
  readonly accounts: Model<AccountDocument>;
  readonly invitations: Model<InvitationDocument>;

  constructor(private readonly connection: Connection) {
    this.accounts = connection.models['StaffAccount'] ?? connection.model<AccountDocument>('StaffAccount', accountSchema);
    this.invitations = connection.models['StaffInvitation'] ?? connection.model<InvitationDocument>('StaffInvitation', invitationSchema);
  }

  async addAccount(account: StaffAccount, invitation: Invitation): Promise<void> {
    const { id, ...rest } = account;
    const { id: invitationId, ...invitationRest } = invitation;
    await this.transaction('staff_accounts', async (session) => {
      await new this.accounts({ _id: id, ...rest }).save({ session });
      await new this.invitations({ _id: invitationId, ...invitationRest }).save({ session });
    });
  }

  async updateAccount(account: StaffAccount, expectedVersion: number): Promise<void> {
    await this.transaction('staff_accounts', (session) => this.replaceAccount(account, expectedVersion, session));
  }

  async findAccount(id: string): Promise<StaffAccount | null> {
    const doc = await this.accounts.findById(id).lean<AccountDocument>();
    return doc ? toAccount(doc) : null;
  }

  async findAccountByEmail(email: string): Promise<StaffAccount | null> {
    const doc = await this.accounts.findOne({ email }).lean<AccountDocument>();
    return doc ? toAccount(doc) : null;
  }

  async listAccounts(tenant: string): Promise<StaffAccount[]> {
    const docs = await this.accounts.find({ tenant }).sort({ name: 1, _id: 1 }).lean<AccountDocument[]>();
    return docs.map(toAccount);
  }

  async issueInvitation(invitation: Invitation): Promise<void> {
    const { id, ...rest } = invitation;
    await this.transaction('staff_invitations', async (session) => {
      await this.invitations.updateMany({ accountId: invitation.accountId, usedAt: null, revokedAt: null }, { revokedAt: invitation.createdAt }, { session });
      await new this.invitations({ _id: id, ...rest }).save({ session });
    });
  }

  async findInvitationByTokenHash(tokenHash: string): Promise<Invitation | null> {
    const doc = await this.invitations.findOne({ tokenHash }).lean<InvitationDocument>();
    return doc ? toInvitation(doc) : null;
  }

  async pendingInvitation(accountId: string): Promise<Invitation | null> {
    const doc = await this.invitations.findOne({ accountId, usedAt: null, revokedAt: null }).sort({ createdAt: -1 }).lean<InvitationDocument>();
    return doc ? toInvitation(doc) : null;
  }

  async acceptInvitation(invitationId: string, usedAt: Date, account: StaffAccount, expectedVersion: number): Promise<void> {
    await this.transaction('staff_invitations', async (session) => {
      const marked = await this.invitations.updateOne({ _id: invitationId, usedAt: null, revokedAt: null }, { usedAt }, { session });
      if (marked.matchedCount === 0) throw new VersionConflictError('staff_invitations', invitationId, 0);
      await this.replaceAccount(account, expectedVersion, session);
    });
  }

  isReachable(): Promise<boolean> {
    return isMongoReachable(this.connection);
  }

  private async replaceAccount(account: StaffAccount, expectedVersion: number, session: ClientSession): Promise<void> {
    const { id, ...rest } = account;
    await replaceVersioned(this.accounts, 'staff_accounts', { _id: id, ...rest }, expectedVersion, session);
  }

  private async transaction(collection: string, work: (session: ClientSession) => Promise<void>): Promise<void> {
    try {
      await inTransaction(this.connection, work);
    } catch (error) {
      throw translateMongoError(error, collection);
    }
  }
}
