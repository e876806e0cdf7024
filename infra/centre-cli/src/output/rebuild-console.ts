import { isRebuildRunning, type ProjectionRebuild } from '../api/api.schemas';
import type { OutputStream } from './console-reporter';
import { rebuildDoneLine, rebuildProgressLine, rebuildStartedLine, rebuildSwitchedLine } from './rebuild-format';

const CLEAR_LINE = '\r\x1b[2K';

export interface RebuildConsole {
  started(rebuild: ProjectionRebuild, note?: string): void;
  /** A change of the rebuild seen while following it. */
  update(rebuild: ProjectionRebuild): void;
  /** It ended: a done line, or only the last progress kept (the failure goes to standard error). */
  finished(rebuild: ProjectionRebuild): void;
}

export interface RebuildConsoleOptions {
  /** Off a terminal, the shortest time between two progress lines of one status (default 5 s). */
  printEveryMs?: number;
  now?: () => number;
}

/**
 * A rebuild as it goes, on the console: on a terminal one progress line redrawn in place; elsewhere
 * (CI logs, pipes) a line when the status changes and at most one every few seconds meanwhile.
 * The switch-over gets a line of its own, once.
 */
export function rebuildConsole(out: OutputStream, options: RebuildConsoleOptions = {}): RebuildConsole {
  const tty = out.isTTY === true;
  const printEveryMs = options.printEveryMs ?? 5_000;
  const now = options.now ?? (() => performance.now());
  let open = false;
  let switched = false;
  let last: { line: string; status: string; at: number } | null = null;

  const line = (text: string) => {
    out.write(`${tty && open ? CLEAR_LINE : ''}${text}\n`);
    open = false;
  };
  const sayIfSwitched = (rebuild: ProjectionRebuild) => {
    if (switched || rebuild.switchedAt === null) return;
    switched = true;
    line(rebuildSwitchedLine(rebuild));
  };

  return {
    started(rebuild, note) {
      line(`${rebuildStartedLine(rebuild)}${note ? ` ${note}` : ''}`);
    },
    update(rebuild) {
      sayIfSwitched(rebuild);
      // An ended rebuild is for finished() to tell.
      if (!isRebuildRunning(rebuild.status)) return;
      const text = rebuildProgressLine(rebuild);
      if (text === last?.line) return;
      if (tty) {
        out.write(`${CLEAR_LINE}${text}`);
        open = true;
      } else {
        const due = last === null || last.status !== rebuild.status || now() - last.at >= printEveryMs;
        if (!due) return;
        out.write(`${text}\n`);
      }
      last = { line: text, status: rebuild.status, at: now() };
    },
    finished(rebuild) {
      sayIfSwitched(rebuild);
      if (rebuild.status === 'done') line(rebuildDoneLine(rebuild));
      else if (tty && open) {
        // The last progress stays on screen, above the failure.
        out.write('\n');
        open = false;
      }
    },
  };
}
