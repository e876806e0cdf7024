import { MemoryOutbox } from '@corredor/persistence';
import { describeSharingLedgerContract } from './sharing-ledger.repository.contract';
import { MemorySharingLedger } from './sharing-ledger.repository.memory';

describeSharingLedgerContract('in-memory', async () => {
  const outbox = new MemoryOutbox();
  return { ledger: new MemorySharingLedger(outbox), pending: () => outbox.pending(100) };
});
