import { describePreferencesStoreContract } from './preferences-store.contract';
import { MemoryPreferencesStore } from './preferences-store.memory';

describePreferencesStoreContract('in-memory', async () => new MemoryPreferencesStore());
