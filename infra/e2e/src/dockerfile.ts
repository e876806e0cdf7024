/**
 * Reads what the image tests follow in a Dockerfile: global ARG defaults, and per stage its base, ARGs,
 * WORKDIR, RUN commands (without their --mount options), COPY instructions, last USER, CMD and
 * HEALTHCHECK command. Enough for infra/docker/Dockerfile, not a general parser.
 */
export interface DockerfileStage {
  name: string;
  from: string;
  /** ARGs declared in the stage, with the default written there (undefined: none written). */
  args: Map<string, string | undefined>;
  workdir?: string;
  runs: string[];
  copies: Array<{ from?: string; source: string; destination: string }>;
  user?: string;
  cmd?: string[];
  healthcheck?: string[];
}

export interface Dockerfile {
  /** ARGs declared before the first FROM, with their defaults. */
  globalArgs: Record<string, string>;
  stages: DockerfileStage[];
  stage(name: string): DockerfileStage;
  /**
   * The ARG values a stage sees, as docker build gives them: a --build-arg value, else the stage's
   * default, else the global default of the same name (when the stage re-declares it); undeclared
   * ARGs are not set at all.
   */
  argsOf(stage: DockerfileStage, buildArgs: Record<string, string>): Record<string, string>;
}

function execForm(text: string, instruction: string): string[] {
  const parsed: unknown = JSON.parse(text);
  if (!Array.isArray(parsed) || !parsed.every((part) => typeof part === 'string')) {
    throw new Error(`${instruction} is not in exec form (a JSON array of strings): ${text}`);
  }
  return parsed;
}

/** Replaces ${NAME} and $NAME as docker does in WORKDIR, COPY and FROM; unset names become empty. */
export function expandArgs(text: string, values: Record<string, string>): string {
  return text.replace(/\$\{(\w+)\}|\$(\w+)/g, (_match, braced: string | undefined, bare: string | undefined) => values[braced ?? bare ?? ''] ?? '');
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
      stages.push({ name: as?.toUpperCase() === 'AS' && name ? name : String(stages.length), from, args: new Map(), runs: [], copies: [] });
    } else if (instruction === 'ARG') {
      const [name = '', ...value] = rest.split('=');
      if (current) current.args.set(name, value.length > 0 ? value.join('=') : undefined);
      else globalArgs[name] = value.join('=');
    } else if (!current) {
      throw new Error(`${instruction} before the first FROM`);
    } else if (instruction === 'WORKDIR') {
      current.workdir = rest;
    } else if (instruction === 'USER') {
      current.user = rest;
    } else if (instruction === 'RUN') {
      current.runs.push(rest.replace(/^(--\S+\s+)+/, ''));
    } else if (instruction === 'COPY') {
      const options = rest.match(/--\S+/g) ?? [];
      const [source = '', destination = ''] = rest.replace(/--\S+\s+/g, '').split(/\s+/);
      const from = options.find((option) => option.startsWith('--from='))?.slice('--from='.length);
      current.copies.push({ ...(from ? { from } : {}), source, destination });
    } else if (instruction === 'CMD') {
      current.cmd = execForm(rest, 'CMD');
    } else if (instruction === 'HEALTHCHECK') {
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
    argsOf(stage, buildArgs) {
      const values: Record<string, string> = {};
      for (const [name, fallback] of stage.args) {
        const value = buildArgs[name] ?? fallback ?? globalArgs[name];
        if (value !== undefined) values[name] = value;
      }
      return values;
    },
  };
}
