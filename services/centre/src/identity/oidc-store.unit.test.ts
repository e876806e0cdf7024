import { describeOidcStoreContract, steppingClock } from './oidc-store.contract';
import { MemoryOidcStore } from './oidc-store.memory';

describeOidcStoreContract('in-memory', async () => {
  const { clock, advance } = steppingClock();
  return { store: new MemoryOidcStore(clock), advance };
});
