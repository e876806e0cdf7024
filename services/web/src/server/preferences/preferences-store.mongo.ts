import { isMongoReachable } from '@corredor/persistence';
import { Schema, type Connection, type Model } from 'mongoose';
import { LANGUAGES, type Preferences, type PreferencesStore } from './preferences-store.port';

interface PreferencesDocument {
  /** The person's user id. */
  _id: string;
  language: Preferences['language'];
}

const preferencesSchema = new Schema<PreferencesDocument>(
  { _id: { type: String, required: true }, language: { type: String, enum: LANGUAGES, required: true } },
  { collection: 'web_preferences', versionKey: false },
);

/** Preferences in MongoDB, shared by every instance of the web app. */
export class MongoPreferencesStore implements PreferencesStore {
  readonly model: Model<PreferencesDocument>;

  constructor(private readonly connection: Connection) {
    this.model = connection.models['WebPreferences'] ?? connection.model<PreferencesDocument>('WebPreferences', preferencesSchema);
  }

  async find(userId: string): Promise<Preferences | null> {
    const doc = await this.model.findOne({ _id: userId }).lean<PreferencesDocument>();
    return doc ? { language: doc.language } : null;
  }

  async save(userId: string, preferences: Preferences): Promise<void> {
    await this.model.replaceOne({ _id: userId }, { language: preferences.language }, { upsert: true });
  }

  isReachable(): Promise<boolean> {
    return isMongoReachable(this.connection);
  }
}
