import { describeSessionStoreContract, steppingClock } from './session-store.contract';
import { MemorySessionStore } from './session-store.memory';

describeSessionStoreContract('in-memory', async () => {
  const { clock, advance } = steppingClock();
  return { store: new MemorySessionStore(clock), now: clock, advance };
});
