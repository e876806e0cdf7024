import { MemoryCollection } from '@corredor/persistence';
import type { Preferences, PreferencesStore } from './preferences-store.port';

interface PreferencesRecord extends Preferences {
  id: string;
}

/** Preferences in memory (npm start, tests): lost when the process stops. */
export class MemoryPreferencesStore implements PreferencesStore {
  readonly collection = new MemoryCollection<PreferencesRecord>('web_preferences');

  async find(userId: string): Promise<Preferences | null> {
    const record = this.collection.findOne({ id: userId });
    return record ? { language: record.language } : null;
  }

  async save(userId: string, preferences: Preferences): Promise<void> {
    this.collection.deleteWhere({ id: userId });
    this.collection.insert({ id: userId, language: preferences.language });
  }

  async isReachable(): Promise<boolean> {
    return true;
  }
}
