export { startMockKafka, type MockKafka, type MockKafkaOptions } from './mock-kafka';
export { ensureLauncher } from './compile-launcher';
