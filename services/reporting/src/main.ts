import { telemetry } from './instrument';
import { KafkaLogReader, kafkaSecurityFromEnv } from '@corredor/messaging';
import { runServiceProcess } from '@corredor/service-kit';
import { config } from './config';
import { defineReportingService } from './service';

const brokers = config.KAFKA_BROKERS?.split(',');

void runServiceProcess(
  defineReportingService({
    sharing: { scanIntervalMs: config.SHARING_SCAN_INTERVAL_MS, publishAfterDays: config.SHARING_PUBLISH_AFTER_DAYS },
    // A rebuild reads the topics from their beginning in a consumer group of its own, on the service's broker.
    ...(brokers
      ? { replay: { log: (logger) => new KafkaLogReader({ clientId: 'corredor-reporting-rebuild', brokers, logger, security: kafkaSecurityFromEnv(config) }) } }
      : {}),
  }),
  config,
  telemetry,
);
