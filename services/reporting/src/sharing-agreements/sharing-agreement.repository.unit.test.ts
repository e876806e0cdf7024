import { describeSharingAgreementRepositoryContract } from './sharing-agreement.repository.contract';
import { MemorySharingAgreementRepository } from './sharing-agreement.repository.memory';

describeSharingAgreementRepositoryContract('in-memory', async () => new MemorySharingAgreementRepository());
