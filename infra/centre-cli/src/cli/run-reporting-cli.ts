import { parseArgs, types } from 'node:util';
import { isRebuildRunning, type ProjectionRebuild, type ProjectionState } from '../api/api.schemas';
import { CentreCliError, EXIT, usageError, type ExitCode } from '../centre-cli.error';
import { openProjectionClient, rebuildProjection, type ProjectionCommandOptions, type RebuildOutcome } from '../commands/rebuild-projection.use-case';
import { DEFAULT_NETWORK } from '../config/operator-token';
import { parseServiceUrlList, type ServiceUrls } from '../config/service-urls';
import { consoleReporter, type OutputStream } from '../output/console-reporter';
import { formatElapsed, formatTable, formatTimestamp } from '../output/format';
import { hintFor } from '../output/hints';
import { printError } from '../output/print-error';
import { rebuildConsole, type RebuildConsole } from '../output/rebuild-console';
import { rebuildCounts, rebuildElapsedSeconds, rebuildFailureMessage, rebuildProgressLine } from '../output/rebuild-format';
import type { CliIo } from './run-centre-cli';

const HELP = 'npm run reporting -- --help';
const FOLLOW = 'npm run reporting -- status --follow';

export const REPORTING_USAGE = `Rebuilds the reporting projection (the facts the reports count) from the event log.

  npm run reporting -- rebuild             replay the topics reporting consumes from their beginning into a
                                           fresh generation, showing the pace and the time left; the reports
                                           switch to it once it has caught up
  npm run reporting -- rebuild --no-wait   start it and return
  npm run reporting -- status              the live generation and the latest rebuild
  npm run reporting -- status --follow     the same, then follow a running rebuild until it ends

Options:
  --reporting-url <url>  the reporting service (default CORREDOR_REPORTING_URL, the reporting= entry
                         of CORREDOR_SERVICE_URLS, or http://127.0.0.1:3005)
  --network <id>         network of the development token (default CORREDOR_NETWORK, or ${DEFAULT_NETWORK})
  -h, --help

Environment: CORREDOR_TOKEN (an operator access token; without it a development token is signed with
AUTH_JWT_SECRET or the development secret), CORREDOR_REPORTING_URL, CORREDOR_SERVICE_URLS, CORREDOR_NETWORK.
The reports read the live generation until the switch. Ctrl-C stops watching, not the rebuild.
Exit codes: 0 done (status: answered), 1 the rebuild failed, was abandoned or was refused, 2 wrong command line.`;

export interface ReportingCliIo extends CliIo {
  /** For tests: how often to look (default 1 s), print (off a terminal, default 5 s) and give up on a rebuild that does not move (2 min). */
  timing?: { pollIntervalMs?: number; printEveryMs?: number; stalledAfterMs?: number };
}

const COMMANDS = ['rebuild', 'status'] as const;

function parseCommandLine(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'reporting-url': { type: 'string' },
        network: { type: 'string' },
        'no-wait': { type: 'boolean' },
        follow: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // isNativeError: parseArgs' errors may come from another realm (test runners), where instanceof fails.
    throw usageError(types.isNativeError(error) ? error.message : String(error), HELP);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help) return { help: true as const };
  const known = COMMANDS.find((name) => name === command);
  if (!known) throw usageError(command ? `unknown command "${command}"` : `which command? (${COMMANDS.join(', ')})`, HELP);
  if (rest.length > 0) throw usageError(`${known} takes no argument`, HELP);
  if (values['no-wait'] && known !== 'rebuild') throw usageError('--no-wait goes with rebuild', HELP);
  if (values.follow && known !== 'status') throw usageError('--follow goes with status (rebuild follows anyway)', HELP);
  return { help: false as const, command: known, values };
}

/** The command's own hints where the shared ones speak of the centre command. */
function reportingHint(error: CentreCliError): string | undefined {
  if (error.exitCode === EXIT.usage) return HELP;
  if (error.code === 'CENTRE_CLI.UNREACHABLE') {
    return 'is the platform running (npm start)? The URL comes from --reporting-url, CORREDOR_REPORTING_URL or CORREDOR_SERVICE_URLS.';
  }
  return undefined;
}

function statusText({ generation, rebuild }: ProjectionState): string {
  const rows: [string, string][] = [['live generation', generation]];
  if (rebuild === null) rows.push(['latest rebuild', 'none yet']);
  else {
    rows.push(['latest rebuild', `${rebuild.generation}, replacing ${rebuild.replacing}: ${rebuild.status}`]);
    rows.push(['  started', `${formatTimestamp(rebuild.startedAt, 'second')} by ${rebuild.startedBy}`]);
    if (rebuild.switchedAt !== null) rows.push(['  switched', formatTimestamp(rebuild.switchedAt, 'second')]);
    if (rebuild.finishedAt !== null) rows.push(['  finished', formatTimestamp(rebuild.finishedAt, 'second')]);
    if (isRebuildRunning(rebuild.status)) rows.push(['  progress', rebuildProgressLine(rebuild)]);
    else rows.push(['  events', `${rebuildCounts(rebuild)} in ${formatElapsed(rebuildElapsedSeconds(rebuild))}`]);
    if (rebuild.failure !== null) rows.push(['  failure', rebuild.failure]);
  }
  const hint = rebuild?.failure ? hintFor(rebuild.failure) : undefined;
  return `${formatTable(rows)}\n${hint ? `hint: ${hint}\n` : ''}`;
}

/** How a followed rebuild ended: 0 done; otherwise its failure code, with what the operator can do. */
function ended({ rebuild, generation }: RebuildOutcome, screen: RebuildConsole, stderr: OutputStream): ExitCode {
  screen.finished(rebuild);
  if (rebuild.status === 'done') return EXIT.ok;
  const code = rebuild.failure ?? 'CENTRE_CLI.REBUILD_FAILED';
  const hint = hintFor(code) ?? 'see the reporting service\'s log ("projection rebuild stopped"), then run `npm run reporting -- rebuild` again';
  return printError(new CentreCliError(code, rebuildFailureMessage(rebuild, generation), { hint }), stderr);
}

/** Runs one command line of `npm run reporting`; returns the exit code. Never calls process.exit, so tests can run it. */
export async function runReportingCli(argv: string[], io: ReportingCliIo): Promise<ExitCode> {
  const { stdout, stderr, env, timing = {} } = io;
  try {
    const parsed = parseCommandLine(argv);
    if (parsed.help) {
      stdout.write(`${REPORTING_USAGE}\n`);
      return EXIT.ok;
    }
    const { command, values } = parsed;
    const serviceList = env['CORREDOR_SERVICE_URLS'];
    const reportingUrl = values['reporting-url'] ?? env['CORREDOR_REPORTING_URL'];
    const serviceUrls: Partial<ServiceUrls> = { ...(serviceList ? parseServiceUrlList(serviceList) : {}), ...(reportingUrl ? { reporting: reportingUrl } : {}) };
    const token = env['CORREDOR_TOKEN'];
    const secret = env['AUTH_JWT_SECRET'];
    const options: ProjectionCommandOptions = {
      serviceUrls,
      ...(token ? { token } : {}),
      ...(secret ? { devTokenSecret: secret } : {}),
      ...(timing.pollIntervalMs === undefined ? {} : { pollIntervalMs: timing.pollIntervalMs }),
      network: values.network ?? env['CORREDOR_NETWORK'] ?? DEFAULT_NETWORK,
      reporter: consoleReporter(stdout, stderr),
    };
    const screen = rebuildConsole(stdout, timing.printEveryMs === undefined ? {} : { printEveryMs: timing.printEveryMs });
    const watch = { onUpdate: (rebuild: ProjectionRebuild) => screen.update(rebuild), ...(timing.stalledAfterMs === undefined ? {} : { stalledAfterMs: timing.stalledAfterMs }) };

    if (command === 'rebuild') {
      const wait = values['no-wait'] !== true;
      const outcome = await rebuildProjection({
        ...options,
        ...watch,
        wait,
        onStarted: (rebuild) => screen.started(rebuild, wait ? '(Ctrl-C stops watching, not the rebuild)' : '(it goes on in the reporting service)'),
      });
      if (!wait) {
        stdout.write(`follow it with: ${FOLLOW}\n`);
        return EXIT.ok;
      }
      return ended(outcome, screen, stderr);
    }

    const client = await openProjectionClient(options);
    const state = await client.status();
    stdout.write(statusText(state));
    const running = state.rebuild !== null && isRebuildRunning(state.rebuild.status) ? state.rebuild : null;
    if (running === null) return EXIT.ok;
    if (values.follow !== true) {
      stdout.write(`follow it with: ${FOLLOW}\n`);
      return EXIT.ok;
    }
    return ended(await client.follow(running, watch), screen, stderr);
  } catch (error) {
    return printError(error, stderr, reportingHint);
  }
}
