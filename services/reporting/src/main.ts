import { telemetry } from './instrument';
import { runServiceProcess } from '@corredor/service-kit';
import { config } from './config';
import { reportingService } from './service';

void runServiceProcess(reportingService, config, telemetry);
