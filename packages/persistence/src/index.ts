export * from './errors';
export { MemoryCollection, memoryTransaction, type FindOptions, type UniqueIndex } from './memory/memory-collection';
export { MemoryOutbox } from './memory/memory-outbox';
export { MemoryProcessedEvents } from './memory/memory-processed-events';
export { connectMongo, inTransaction, isMongoReachable, translateMongoError } from './mongo/mongo-connection';
export { insertWithEvents, MongoOutbox } from './mongo/mongo-outbox';
export { replaceVersioned } from './mongo/mongo-versioned';
export { MongoProcessedEvents } from './mongo/mongo-processed-events';
export { describeWithMongo, prepareModels } from './mongo/mongo-test-database';
