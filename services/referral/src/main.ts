import { telemetry } from './instrument';
import { runServiceProcess } from '@corredor/service-kit';
import { config } from './config';
import { referralService } from './service';

void runServiceProcess(referralService, config, telemetry);
