import type { ProgressReporter, StepRecord, StepRef } from './progress-reporter';

export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

const LABEL_WIDTH = 40;
const CLEAR_LINE = '\r\x1b[2K';

/** `[3/5] wait until all services see it ... ` */
function labelOf(step: StepRef): string {
  const head = `[${step.index}/${step.total}] ${step.title} `;
  return `${head}${'.'.repeat(Math.max(3, LABEL_WIDTH - head.length))} `;
}

/**
 * Steps on the console: on a terminal a step's line is shown when it starts and redrawn in place
 * as it progresses; elsewhere (CI logs, pipes) plain lines, one per change of progress.
 * Notes (such as the development token) go to `notes`, so standard output stays the command's own.
 */
export function consoleReporter(out: OutputStream, notes: OutputStream = out): ProgressReporter {
  const tty = out.isTTY === true;
  let openLine: string | null = null;
  let lastProgress = '';
  return {
    info(message) {
      if (tty && openLine !== null && notes === out) out.write(`${CLEAR_LINE}${message}\n${openLine}`);
      else notes.write(`${message}\n`);
    },
    stepStarted(step) {
      lastProgress = '';
      if (!tty) return;
      openLine = labelOf(step);
      out.write(openLine);
    },
    stepProgress(step, progress) {
      if (progress === lastProgress) return;
      lastProgress = progress;
      if (tty) {
        openLine = `${labelOf(step)}${progress}`;
        out.write(`${CLEAR_LINE}${openLine}`);
      } else {
        out.write(`${labelOf(step)}${progress}\n`);
      }
    },
    stepFinished(step: StepRecord) {
      const line = `${labelOf(step)}${step.summary}`;
      out.write(tty ? `${CLEAR_LINE}${line}\n` : `${line}\n`);
      openLine = null;
      for (const detail of step.details ?? []) out.write(`      ${detail}\n`);
    },
  };
}
