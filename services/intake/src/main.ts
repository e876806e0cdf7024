import { telemetry } from './instrument';
import { runServiceProcess } from '@corredor/service-kit';
import { config } from './config';
import { intakeService } from './service';

void runServiceProcess(intakeService, config, telemetry);
