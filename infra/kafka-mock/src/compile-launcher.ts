import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';

const packageRoot = path.resolve(__dirname, '..');
const source = path.join(packageRoot, 'native', 'mock-cluster.c');
export const launcherPath = path.join(packageRoot, 'bin', 'mock-cluster');
const header = '/usr/include/librdkafka/rdkafka_mock.h';

/** Compiles the C launcher when it is missing or older than its source. */
export function ensureLauncher(): string {
  if (existsSync(launcherPath) && statSync(launcherPath).mtimeMs >= statSync(source).mtimeMs) {
    return launcherPath;
  }
  if (!existsSync(header)) {
    throw new Error(
      `librdkafka's mock cluster header (${header}) is missing: install Debian's librdkafka-dev (bash scripts/setup.sh does).`,
    );
  }
  mkdirSync(path.dirname(launcherPath), { recursive: true });
  execFileSync('cc', ['-O2', '-Wall', '-o', launcherPath, source, '-lrdkafka'], { stdio: 'inherit' });
  return launcherPath;
}
