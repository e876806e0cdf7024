import { telemetry } from './instrument';
import { runServiceProcess } from '@corredor/service-kit';
import { config } from './config';
import { defineReportingService } from './service';

void runServiceProcess(
  defineReportingService({ sharing: { scanIntervalMs: config.SHARING_SCAN_INTERVAL_MS, publishAfterDays: config.SHARING_PUBLISH_AFTER_DAYS } }),
  config,
  telemetry,
);
