import { describeSigningKeyStoreContract } from './signing-keys.contract';
import { MemorySigningKeyStore } from './signing-keys.memory';

describeSigningKeyStoreContract('in-memory', async () => new MemorySigningKeyStore());
