/**
 * Reads the instructions of a Dockerfile that the image tests run or compare: ARG defaults, and per
 * stage its WORKDIR, RUN commands (without their --mount options), CMD and HEALTHCHECK command.
 * Enough for infra/docker/Dockerfile, not a general parser.
 */
export interface DockerfileStage {
  name: string;
  from: string;
  workdir?: string;
  runs: string[];
  cmd?: string[];
  healthcheck?: string[];
}

export interface Dockerfile {
  /** ARGs declared before the first FROM, with their defaults. */
  globalArgs: Record<string, string>;
  stages: DockerfileStage[];
  stage(name: string): DockerfileStage;
}

function execForm(text: string, instruction: string): string[] {
  const parsed: unknown = JSON.parse(text);
  if (!Array.isArray(parsed) || !parsed.every((part) => typeof part === 'string')) {
    throw new Error(`${instruction} is not in exec form (a JSON array of strings): ${text}`);
  }
  return parsed;
}

export function readDockerfile(text: string): Dockerfile {
  const lines = text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const globalArgs: Record<string, string> = {};
  const stages: DockerfileStage[] = [];
  for (const line of lines) {
    const match = /^(\w+)\s+(.*)$/.exec(line);
    if (!match) continue;
    const instruction = (match[1] ?? '').toUpperCase();
    const rest = match[2] ?? '';
    const current = stages.at(-1);
    if (instruction === 'FROM') {
      const [from = '', as, name] = rest.split(/\s+/);
      stages.push({ name: as?.toUpperCase() === 'AS' && name ? name : String(stages.length), from, runs: [] });
    } else if (instruction === 'ARG' && !current) {
      const [name = '', value = ''] = rest.split('=');
      globalArgs[name] = value;
    } else if (instruction === 'WORKDIR' && current) {
      current.workdir = rest;
    } else if (instruction === 'RUN' && current) {
      current.runs.push(rest.replace(/^(--\S+\s+)+/, ''));
    } else if (instruction === 'CMD' && current) {
      current.cmd = execForm(rest, 'CMD');
    } else if (instruction === 'HEALTHCHECK' && current) {
      const command = /\bCMD\s+(\[.*\])$/.exec(rest);
      if (!command?.[1]) throw new Error(`HEALTHCHECK without an exec-form CMD: ${line}`);
      current.healthcheck = execForm(command[1], 'HEALTHCHECK');
    }
  }
  return {
    globalArgs,
    stages,
    stage(name) {
      const found = stages.find((s) => s.name === name);
      if (!found) throw new Error(`the Dockerfile has no stage ${name}`);
      return found;
    },
  };
}
