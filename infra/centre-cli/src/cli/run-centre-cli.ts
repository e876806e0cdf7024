import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EXIT, usageError, type ExitCode } from '../centre-cli.error';
import { applyCentreFile } from '../commands/apply-centre.use-case';
import { reinviteCoordinator, listCentres, showCentre } from '../commands/centre-queries.use-case';
import { CENTRE_ACTIONS, changeCentreStatus, type CentreAction } from '../commands/centre-status.use-case';
import type { ConnectionOptions } from '../commands/connection';
import { DEFAULT_NETWORK } from '../config/operator-token';
import { parseServiceUrlList } from '../config/service-urls';
import { consoleReporter, type OutputStream } from '../output/console-reporter';
import { formatSeconds, formatTable, formatTimestamp, formatValue } from '../output/format';
import { printError } from '../output/print-error';
import type { StepRecord } from '../output/progress-reporter';

export const USAGE = `Opens and runs Migrant Worker Resource Centres from declarative files.

  npm run centre -- apply <file.yaml>     create or update the centre the file declares (idempotent)
  npm run centre -- list                  the centres of your network
  npm run centre -- show <id>             a centre, and how each service sees it
  npm run centre -- suspend <id>          stop a centre's work for now
  npm run centre -- reactivate <id>       resume a suspended centre
  npm run centre -- archive <id>          close a centre for good
  npm run centre -- reinvite <id>         a new invitation link for the coordinator (the old one stops working)

Options:
  --centre-url <url>   the centre service (default CORREDOR_CENTRE_URL, or http://127.0.0.1:3006)
  --network <id>       network of the development token (apply: the file's first network;
                       otherwise CORREDOR_NETWORK, or ${DEFAULT_NETWORK})
  --timeout <seconds>  how long to wait until all services see a change (default 60)
  -h, --help

Environment: CORREDOR_TOKEN (operator access token; without it a development token is signed with
AUTH_JWT_SECRET or the development secret), CORREDOR_SERVICE_URLS (intake=http://...,case=http://...),
CORREDOR_CENTRE_URL, CORREDOR_NETWORK.
Exit codes: 0 done (also when there was nothing to do), 1 failed, 2 wrong command line or file.
Example files: infra/centres/*.yaml`;

export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  env: Record<string, string | undefined>;
  /** Where relative file paths start (default: the process's working directory). */
  cwd?: string;
}

const COMMANDS = ['apply', 'list', 'show', 'reinvite', ...CENTRE_ACTIONS] as const;

function parseCommandLine(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'centre-url': { type: 'string' },
        network: { type: 'string' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw usageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  const timeout = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeout !== undefined && !(Number.isFinite(timeout) && timeout > 0)) throw usageError(`--timeout takes a number of seconds, not "${values.timeout}"`);
  return { values, command, rest, timeoutMs: timeout === undefined ? undefined : timeout * 1000 };
}

function asCentreAction(command: string): CentreAction {
  const action = CENTRE_ACTIONS.find((known) => known === command);
  if (!action) throw usageError(`unknown command "${command}"`);
  return action;
}

function printTotal(steps: StepRecord[], started: number, stdout: OutputStream): void {
  const idle = steps.filter((step) => step.status === 'nothing-to-do').map((step) => step.name);
  const nothing = idle.length === 0 ? '' : idle.length === steps.length ? '; nothing to do' : `; nothing to do for: ${idle.join(', ')}`;
  stdout.write(`done in ${formatSeconds(performance.now() - started)}${nothing}\n`);
}

/** Runs one command line; returns the exit code. Never calls process.exit, so tests can run it. */
export async function runCentreCli(argv: string[], io: CliIo): Promise<ExitCode> {
  const started = performance.now();
  const { stdout, stderr, env } = io;
  let stepsRan = false;
  try {
    const { values, command, rest, timeoutMs } = parseCommandLine(argv);
    if (values.help) {
      stdout.write(`${USAGE}\n`);
      return EXIT.ok;
    }
    const known = (COMMANDS as readonly string[]).includes(command ?? '');
    if (!command || !known) throw usageError(command ? `unknown command "${command}"` : 'which command? (apply, list, show, suspend, reactivate, archive, reinvite)');
    const wanted = command === 'list' ? 0 : 1;
    if (rest.length !== wanted) throw usageError(wanted === 0 ? `${command} takes no argument` : `${command} takes one ${command === 'apply' ? 'file' : 'centre id'}`);

    const reporter = consoleReporter(stdout, stderr);
    const serviceList = env['CORREDOR_SERVICE_URLS'];
    const centreUrl = values['centre-url'] ?? env['CORREDOR_CENTRE_URL'];
    const token = env['CORREDOR_TOKEN'];
    const secret = env['AUTH_JWT_SECRET'];
    const connection: ConnectionOptions = {
      ...(serviceList ? { serviceUrls: parseServiceUrlList(serviceList) } : {}),
      ...(centreUrl ? { centreUrl } : {}),
      ...(token ? { token } : {}),
      ...(secret ? { devTokenSecret: secret } : {}),
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
      reporter,
    };
    const target = rest[0] ?? '';
    const network = values.network ?? env['CORREDOR_NETWORK'] ?? DEFAULT_NETWORK;

    if (command === 'apply') {
      stepsRan = true;
      const file = isAbsolute(target) ? target : resolve(io.cwd ?? process.cwd(), target);
      const result = await applyCentreFile({ ...connection, file, fileName: target, ...(values.network ? { network: values.network } : {}) });
      printTotal(result.steps, started, stdout);
    } else if (command === 'list') {
      const centres = await listCentres({ ...connection, network });
      if (centres.length === 0) stdout.write(`no centres in network ${network} yet\n`);
      else {
        const rows = centres.map((c) => [c.id, c.name, c.city, c.status, String(c.configVersion), c.networks.join(', ')]);
        stdout.write(`${formatTable([['ID', 'NAME', 'CITY', 'STATUS', 'CONFIG', 'NETWORKS'], ...rows])}\n`);
      }
    } else if (command === 'show') {
      const { centre, services } = await showCentre({ ...connection, network, id: target });
      const facts: [string, string][] = [
        ['name', centre.name],
        ['city', `${centre.city}, ${centre.country}`],
        ['time zone', centre.timeZone],
        ['languages', centre.languages.join(', ')],
        ['services', centre.services.join(', ')],
        ['networks', centre.networks.join(', ')],
        ['contact', formatValue(centre.contact)],
        ['second factor', centre.security.requireSecondFactor ? 'required' : 'not required'],
        ['status', `${centre.status} (configVersion ${centre.configVersion})`],
      ];
      stdout.write(`${centre.id}\n${formatTable(facts.map(([k, v]) => [`  ${k}`, v]))}\n\n`);
      const rows = services.map((s) =>
        s.view === null ? [s.service, s.problem, ''] : [s.service, s.view.status, `${s.view.configVersion}${s.view.configVersion < centre.configVersion ? ' (behind)' : ''}`],
      );
      stdout.write(`${formatTable([['SERVICE', 'SEES IT', 'CONFIG'], ...rows])}\n`);
    } else if (command === 'reinvite') {
      const invitation = await reinviteCoordinator({ ...connection, network, id: target });
      stdout.write(`invitation link: ${invitation.url} (expires ${formatTimestamp(invitation.expiresAt)}); the previous link no longer works\n`);
    } else {
      stepsRan = true;
      const result = await changeCentreStatus(asCentreAction(command), { ...connection, network, id: target });
      printTotal(result.steps, started, stdout);
    }
    return EXIT.ok;
  } catch (error) {
    const code = printError(error, stderr);
    if (stepsRan) stderr.write(`failed after ${formatSeconds(performance.now() - started)}\n`);
    return code;
  }
}
