import { telemetry } from './instrument';
import { runServiceProcess } from '@corredor/service-kit';
import { config } from './config';
import { defineCaseService } from './service';

void runServiceProcess(defineCaseService({ taskScanIntervalMs: config.TASK_SCAN_INTERVAL_MS }), config, telemetry);
