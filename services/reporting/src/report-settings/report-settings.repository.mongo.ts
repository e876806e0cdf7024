import { DuplicateKeyError, translateMongoError, VersionConflictError } from '@corredor/persistence';
import { Schema, type Connection, type Model } from 'mongoose';
import type { ReportSettings } from './report-settings.domain';
import type { ReportSettingsRepository } from './report-settings.repository';

type Doc = Omit<ReportSettings, 'centre'> & { _id: string };

const change = new Schema(
  { at: { type: Date, required: true }, by: { type: String, required: true }, from: { type: String, required: true }, to: { type: String, required: true } },
  { _id: false },
);
const schema = new Schema<Doc>(
  {
    _id: { type: String, required: true },
    staffReportAccess: { type: String, enum: ['coordinators-and-lawyers', 'all-staff'], required: true },
    changes: { type: [change], default: [] },
    version: { type: Number, required: true },
  },
  { collection: 'report_settings', versionKey: false },
);

export class MongoReportSettingsRepository implements ReportSettingsRepository {
  private readonly model: Model<Doc>;

  constructor(connection: Connection) {
    this.model = connection.models['ReportSettings'] ?? connection.model<Doc>('ReportSettings', schema);
  }

  async get(centre: string): Promise<ReportSettings | null> {
    const doc = await this.model.findOne({ _id: centre }).lean<Doc>();
    if (!doc) return null;
    return {
      centre,
      staffReportAccess: doc.staffReportAccess,
      changes: doc.changes.map(({ at, by, from, to }) => ({ at, by, from, to })),
      version: doc.version,
    };
  }

  async save(settings: ReportSettings, expectedVersion: number): Promise<void> {
    const { centre, ...rest } = settings;
    const doc = { ...rest, version: expectedVersion + 1 };
    if (expectedVersion === 0) {
      try {
        await this.model.create({ _id: centre, ...doc });
      } catch (error) {
        if (translateMongoError(error, 'report_settings') instanceof DuplicateKeyError) throw new VersionConflictError('report_settings', centre, expectedVersion);
        throw error;
      }
      return;
    }
    const result = await this.model.replaceOne({ _id: centre, version: expectedVersion }, doc);
    if (result.matchedCount === 0) throw new VersionConflictError('report_settings', centre, expectedVersion);
  }
}
