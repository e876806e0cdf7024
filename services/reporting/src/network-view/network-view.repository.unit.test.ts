import { describeNetworkViewRepositoryContract } from './network-view.repository.contract';
import { MemoryNetworkViewRepository } from './network-view.repository.memory';

describeNetworkViewRepositoryContract('in-memory', async () => new MemoryNetworkViewRepository());
