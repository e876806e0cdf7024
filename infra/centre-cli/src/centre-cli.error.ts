/** Exit codes of the command: 0 done, 1 a step failed, 2 the command line or the file is wrong. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A problem found in the centre file, at the node it concerns (1-based line and column). */
export interface LocatedIssue {
  file: string;
  line: number;
  column: number;
  /** Where in the file, as `centre.languages[2]`; empty for the file as a whole. */
  path: string;
  message: string;
}

/** A field error of a problem+json answer: `body.timeZone`, `params.id`. */
export interface ServerFieldError {
  field: string;
  message: string;
}

export interface CentreCliErrorDetails {
  exitCode?: ExitCode;
  /** The HTTP status, when a service answered with a problem. */
  status?: number;
  issues?: LocatedIssue[];
  fieldErrors?: ServerFieldError[];
  /** What the operator can do about it. */
  hint?: string;
}

/**
 * A failure with a stable code: the server's own (`CENTRE.ID_TAKEN`) when a service refused, or the
 * command's (`CENTRE_FILE.INVALID`, `CENTRE_CLI.UNREACHABLE`...). Messages never carry personal data.
 */
export class CentreCliError extends Error {
  override readonly name = 'CentreCliError';
  constructor(
    readonly code: string,
    message: string,
    readonly details: CentreCliErrorDetails = {},
  ) {
    super(message);
  }

  get exitCode(): ExitCode {
    return this.details.exitCode ?? EXIT.failed;
  }

  get issues(): LocatedIssue[] {
    return this.details.issues ?? [];
  }
}

export function usageError(message: string, help = 'npm run centre -- --help'): CentreCliError {
  return new CentreCliError('CENTRE_CLI.USAGE', message, { exitCode: EXIT.usage, hint: help });
}
