import { resolveServiceUrls, type ServiceUrls } from '../config/service-urls';
import { signDevelopmentOperatorToken } from '../config/operator-token';
import { silentReporter, type ProgressReporter } from '../output/progress-reporter';

/** Where the services are and who the operator is: what every command takes. */
export interface ConnectionOptions {
  /** The centre service; overrides `serviceUrls.centre`. */
  centreUrl?: string;
  /** Defaults: the one-process platform (`npm start`) on 127.0.0.1:3001-3006. */
  serviceUrls?: Partial<ServiceUrls>;
  /** An operator access token (claims `network`, `roles: ['operator']`). */
  token?: string;
  /** Without a token, a development token is signed with this HS256 secret (default: the development one). */
  devTokenSecret?: string;
  reporter?: ProgressReporter;
  /** How long to wait until all services see a change (default 60 s). */
  timeoutMs?: number;
  pollIntervalMs?: number;
}

export interface Connection {
  urls: ServiceUrls;
  reporter: ProgressReporter;
  timeoutMs: number;
  pollIntervalMs: number;
}

export function connectionOf(options: ConnectionOptions): Connection {
  return {
    urls: resolveServiceUrls({ ...(options.serviceUrls ? { serviceUrls: options.serviceUrls } : {}), ...(options.centreUrl ? { centreUrl: options.centreUrl } : {}) }),
    reporter: options.reporter ?? silentReporter,
    timeoutMs: options.timeoutMs ?? 60_000,
    pollIntervalMs: options.pollIntervalMs ?? 250,
  };
}

/** The given token, or (only without one) a development token for the network, said in one line. */
export async function operatorTokenFor(options: ConnectionOptions, network: string, reporter: ProgressReporter): Promise<string> {
  if (options.token) return options.token;
  const token = await signDevelopmentOperatorToken(network, options.devTokenSecret);
  reporter.info(`no CORREDOR_TOKEN: using a development operator token for network ${network}`);
  return token;
}
