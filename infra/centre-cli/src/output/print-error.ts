import { CentreCliError, EXIT, type ExitCode } from '../centre-cli.error';
import type { OutputStream } from './console-reporter';
import { hintFor } from './hints';

/**
 * Prints a failure as `error CODE (HTTP 409): message` and its hint, with each file problem first;
 * returns the exit code. `hintOf` lets a command say its own hint first (its help, its URL option).
 */
export function printError(error: unknown, stderr: OutputStream, hintOf: (error: CentreCliError) => string | undefined = () => undefined): ExitCode {
  if (!(error instanceof CentreCliError)) {
    stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failed;
  }
  for (const issue of error.issues) {
    stderr.write(`${issue.file}:${issue.line}:${issue.column} ${issue.path ? `${issue.path}: ` : ''}${issue.message}\n`);
  }
  const status = error.details.status === undefined ? '' : ` (HTTP ${error.details.status})`;
  stderr.write(`error ${error.code}${status}: ${error.message}\n`);
  const hint = hintOf(error) ?? error.details.hint ?? hintFor(error.code);
  if (hint) stderr.write(`hint: ${hint}\n`);
  return error.exitCode;
}
