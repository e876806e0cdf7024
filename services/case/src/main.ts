import { telemetry } from './instrument';
import { runServiceProcess } from '@corredor/service-kit';
import { config } from './config';
import { caseService } from './service';

void runServiceProcess(caseService, config, telemetry);
