import { InMemoryBus } from '@corredor/messaging';
import { createLogger, createTokenVerifier, startService, TEST_AUTH, type RunningService, type ServiceDefinition } from '@corredor/service-kit';
import { caseService } from '@corredor/case-service';
import { intakeService } from '@corredor/intake-service';
import { notificationService } from '@corredor/notification-service';
import { referralService } from '@corredor/referral-service';
import { reportingService } from '@corredor/reporting-service';

export const SERVICES: readonly ServiceDefinition[] = [intakeService, caseService, referralService, notificationService, reportingService];

export interface PlatformOptions {
  host: string;
  /** intake listens here, then case, referral, notification, reporting on the next ports; 0: any free ports. */
  portBase: number;
  logLevel: string;
  authSecret?: string;
}

export interface Platform {
  services: RunningService[];
  bus: InMemoryBus;
  stop(): Promise<void>;
}

/**
 * The whole platform in one process: the five services on their own ports, sharing an in-memory
 * bus, each with in-memory stores. For trying Corredor out and for demos, not for real data.
 */
export async function startPlatform(options: PlatformOptions): Promise<Platform> {
  const bus = new InMemoryBus();
  const verifyToken = createTokenVerifier({ ...TEST_AUTH, ...(options.authSecret ? { secret: options.authSecret } : {}) });
  const services: RunningService[] = [];
  for (const [index, definition] of SERVICES.entries()) {
    services.push(
      await startService(definition, {
        port: options.portBase === 0 ? 0 : options.portBase + index,
        host: options.host,
        bus,
        logger: createLogger(`corredor-${definition.name}`, options.logLevel),
        verifyToken,
        mongo: null,
        clock: () => new Date(),
        outboxPollIntervalMs: 200,
      }),
    );
  }
  return {
    services,
    bus,
    stop: async () => {
      for (const service of services) await service.stop();
      await bus.stop();
    },
  };
}
