import { telemetry } from './instrument';
import { runServiceProcess } from '@corredor/service-kit';
import { config } from './config';
import { notificationService } from './service';

void runServiceProcess(notificationService, config, telemetry);
