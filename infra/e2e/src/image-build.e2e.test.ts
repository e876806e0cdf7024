import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { TOPIC_PARTITIONS, TOPICS } from '@corredor/contracts';
import { startMockKafka, type MockKafka } from '@corredor/kafka-mock';
import { expandArgs, readDockerfile } from './dockerfile';
import { root, SERVICE_NAMES, spawnNodeProcess, waitUntil } from './service-processes';

/** Secrets made for this run, shared by the six services (one master key for all, as in a deployment). */
const RUN_SECRETS = {
  jwt: randomBytes(32).toString('base64url'),
  masterKey: randomBytes(32).toString('base64'),
  cookieKeys: randomBytes(32).toString('base64url'),
  keyEncryption: randomBytes(32).toString('base64url'),
  sessions: randomBytes(32).toString('base64url'),
};

const run = promisify(execFile);
jest.setTimeout(900_000);

const dockerfile = readDockerfile(readFileSync(path.join(root, 'infra/docker/Dockerfile'), 'utf8'));
const WORKSPACES = [...SERVICE_NAMES.map((name) => `services/${name}`), 'services/web', 'packages/messaging'];
const figures: string[] = [];
/** Development tools that must never reach a runtime image. */
const DEV_ONLY = ['typescript', 'jest', 'eslint', 'turbo', '@swc/core', 'supertest', 'dependency-cruiser', '@corredor/kafka-mock'];
/** What builds and tests the web app in the browser: its image serves the built files, and needs none of it. */
const WEB_BUILD_ONLY = ['vite', 'react', 'react-dom', '@vitejs/plugin-react', 'playwright-core', 'axe-core', 'openapi-fetch', '@tanstack/react-query', 'react-i18next'];

/** Like the docker build context: the repository's files that git does not ignore, as they are now. */
function cleanCopy(): string {
  const copy = mkdtempSync(path.join(tmpdir(), 'corredor-image-'));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file !== '' && existsSync(path.join(root, file)));
  for (const file of files) cpSync(path.join(root, file), path.join(copy, file), { recursive: false });
  return copy;
}

/** A RUN step as docker runs it: `sh -c` in the stage's WORKDIR (here the copy), ARGs in the environment. */
async function runStep(command: string, cwd: string, args: Record<string, string>): Promise<void> {
  // What the machine's scripts exported for this test run stays out, as it would in a docker build.
  const { npm_config_nodedir: _nodedir, ...env } = process.env;
  await run('sh', ['-c', command], { cwd, env: { ...env, ...args }, maxBuffer: 64 * 1024 * 1024 }).catch((error: unknown) => {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`RUN ${command} failed:\n${stdout ?? ''}\n${stderr ?? ''}`);
  });
}

describe('the container build, by the Dockerfile\'s own steps in a clean copy of the repository', () => {
  let copy: string;
  let deployed: string;
  const build = dockerfile.stage('build');
  const deploy = dockerfile.stage('deploy');
  const runtime = dockerfile.stage('runtime');
  /** Where the deploy stage writes the workspace's tree: DEPLOY_DIR, given as a build argument. */
  const runtimeTree = (workspace: string) => path.join(deployed, workspace.replace('/', '-'));
  const buildArgs = (workspace: string) => ({ WORKSPACE: workspace, DEPLOY_DIR: runtimeTree(workspace) });
  /** What the runtime stage copies from the deploy stage, where to, and where the container starts. */
  const runtimeLayout = (workspace: string) => {
    const args = dockerfile.argsOf(runtime, buildArgs(workspace));
    const fromDeploy = runtime.copies.find((copy) => copy.from === 'deploy');
    return {
      source: expandArgs(fromDeploy?.source ?? 'no COPY --from=deploy', args),
      destination: expandArgs(fromDeploy?.destination ?? '', args),
      workdir: expandArgs(runtime.workdir ?? '/', args),
    };
  };
  /** The runtime stage's WORKDIR, inside the tree the deploy stage wrote. */
  const workdir = (workspace: string) => {
    const layout = runtimeLayout(workspace);
    return path.join(runtimeTree(workspace), path.posix.relative(layout.destination, layout.workdir));
  };

  beforeAll(async () => {
    copy = cleanCopy();
    deployed = mkdtempSync(path.join(tmpdir(), 'corredor-deploy-'));
    // The build stage's WORKDIR is the copy; the deploy stage goes on in the same tree.
    expect(build.workdir).toBe('/repo');
    expect(deploy.from).toBe('build');
    let started = Date.now();
    for (const step of build.runs) await runStep(step, copy, dockerfile.argsOf(build, {}));
    figures.push(`build stage (install and build): ${((Date.now() - started) / 1000).toFixed(1)} s`);
    for (const workspace of WORKSPACES) {
      started = Date.now();
      for (const step of deploy.runs) await runStep(step, copy, dockerfile.argsOf(deploy, buildArgs(workspace)));
      const megabytes = Number(execFileSync('du', ['-sk', runtimeTree(workspace)], { encoding: 'utf8' }).split('\t')[0]) / 1024;
      figures.push(`deploy ${workspace}: ${((Date.now() - started) / 1000).toFixed(1)} s, ${megabytes.toFixed(0)} MB`);
    }
  });
  afterAll(() => {
    for (const dir of [copy, deployed]) if (dir) rmSync(dir, { recursive: true, force: true });
    // eslint-disable-next-line no-console
    console.info(`image build figures:\n  ${figures.join('\n  ')}`);
  });

  it('builds on the Node release that .nvmrc names, as development and CI do', () => {
    expect(dockerfile.globalArgs['NODE_VERSION']).toBe(readFileSync(path.join(root, '.nvmrc'), 'utf8').trim());
    const bases = dockerfile.stages.map((stage) => stage.from).filter((from) => !dockerfile.stages.some((stage) => stage.name === from));
    expect(bases.length).toBeGreaterThan(0);
    for (const base of bases) expect(base).toMatch(/^node:\$\{NODE_VERSION\}-/);
  });

  it('runs the service as the unprivileged node user, with a health check', () => {
    expect(runtime.user).toBe('node');
    expect(runtime.healthcheck).toEqual(['node', 'dist/healthcheck.js']);
    expect(runtime.cmd).toEqual(['node', 'dist/main.js']);
  });

  it('copies into the runtime image the tree the deploy stage wrote, and starts in the workspace', () => {
    for (const workspace of WORKSPACES) {
      expect(runtimeLayout(workspace)).toEqual({ source: runtimeTree(workspace), destination: '/app', workdir: `/app/${workspace}` });
    }
    expect(runtime.copies.filter((copy) => copy.from !== 'deploy')).toEqual([]);
  });

  it('leaves out of the build context whatever git ignores, as the clean copy does', () => {
    const patterns = (file: string) =>
      readFileSync(path.join(root, file), 'utf8')
        .split('\n')
        .map((line) => line.trim().replace(/\/$/, '').replace(/^\*\*\//, ''))
        .filter((line) => line !== '' && !line.startsWith('#'));
    expect(patterns('.dockerignore')).toEqual(expect.arrayContaining(patterns('.gitignore')));
  });

  it('ships production dependencies only, and of the monorepo only what the workspace needs at run time', () => {
    for (const workspace of WORKSPACES) {
      const modules = path.join(runtimeTree(workspace), 'node_modules');
      for (const tool of DEV_ONLY) expect({ workspace, tool, present: existsSync(path.join(modules, tool)) }).toMatchObject({ present: false });
      for (const dir of ['services', 'packages', 'infra'].flatMap((top) => {
        const base = path.join(runtimeTree(workspace), top);
        return existsSync(base) ? readdirSync(base).map((name) => path.join(base, name)) : [];
      })) {
        expect({ dir, files: readdirSync(dir).sort() }).toMatchObject({ files: expect.arrayContaining(['dist', 'package.json']) });
        expect(readdirSync(dir).filter((name) => !['dist', 'package.json', 'node_modules'].includes(name))).toEqual([]);
      }
    }
    const services = readdirSync(path.join(runtimeTree('services/intake'), 'services'));
    expect(services).toEqual(['intake']);
    const webModules = path.join(runtimeTree('services/web'), 'node_modules');
    for (const tool of WEB_BUILD_ONLY) expect({ tool, present: existsSync(path.join(webModules, tool)) }).toMatchObject({ present: false });
    expect(readdirSync(path.join(runtimeTree('services/web'), 'services'))).toEqual(['web']);
    expect(readdirSync(path.join(runtimeTree('packages/messaging'), 'packages')).sort()).toEqual(['contracts', 'messaging']);
  });

  it("puts the built app (Vite's output) in the web app's image, with every file its page loads", () => {
    const publicDir = path.join(workdir('services/web'), 'dist/public');
    const page = readFileSync(path.join(publicDir, 'index.html'), 'utf8');
    const assets = [...page.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((match) => match[1] ?? '');
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) expect({ asset, present: existsSync(path.join(publicDir, asset)) }).toEqual({ asset, present: true });
    // The page runs nothing inline: the Content-Security-Policy allows scripts and styles from files only.
    expect(page).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(page).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
  });

  describe('the runtime trees run', () => {
    let kafka: MockKafka;
    beforeAll(async () => {
      kafka = await startMockKafka({ brokers: 1, topics: TOPIC_PARTITIONS });
    });
    afterAll(() => kafka.stop());

    const healthcheck = (cwd: string, env: Record<string, string>) =>
      run(process.execPath, runtime.healthcheck?.slice(1) ?? [], { cwd, env: { PATH: process.env['PATH'] ?? '', ...env } }).then(
        () => 0,
        (error: { code?: number }) => error.code ?? -1,
      );

    it.each(SERVICE_NAMES)('%s starts from its runtime tree, is healthy once ready, and stops cleanly', async (name) => {
      const cwd = workdir(`services/${name}`);
      const env = {
        NODE_ENV: 'production',
        KAFKA_BROKERS: kafka.bootstrapServers,
        // No MongoDB here; the health check reads the same configuration, so it needs the flag too.
        ALLOW_MEMORY_STORES: 'true',
        // Production refuses every secret written in the repository: these are made for this run.
        AUTH_JWT_SECRET: RUN_SECRETS.jwt,
        DATA_MASTER_KEY: RUN_SECRETS.masterKey,
        // The identity provider refuses to run in production without an https issuer and its own secrets.
        ...(name === 'centre'
          ? { PUBLIC_URL: 'https://centres.example.org', OIDC_COOKIE_KEYS: RUN_SECRETS.cookieKeys, OIDC_KEY_ENCRYPTION_SECRET: RUN_SECRETS.keyEncryption }
          : {}),
      };
      const service = await spawnNodeProcess(name, { cwd, args: runtime.cmd?.slice(1) ?? [], env });
      const withPort = { ...env, PORT: String(service.port) };
      const healthy = await waitUntil(async () => ((await healthcheck(cwd, withPort)) === 0 ? true : undefined), 60_000, `${name} healthy`).catch(
        (error: unknown) => `${String(error)}\n${service.output()}`,
      );
      const ready = healthy === true ? ((await (await fetch(`${service.url}/readyz`)).json()) as { status: string }).status : healthy;
      const exitCode = await service.terminate();
      expect(ready).toBe('ready');
      expect(exitCode).toBe(0);
      expect(await healthcheck(cwd, withPort)).toBe(1);
    });

    it('the web app starts from its runtime tree in production, serves the app, is healthy without its provider yet, and stops cleanly', async () => {
      const cwd = workdir('services/web');
      const env = {
        NODE_ENV: 'production',
        PUBLIC_URL: 'https://corredor.example.org',
        OIDC_ISSUER: 'https://centres.example.org/oidc',
        SESSION_SECRETS: RUN_SECRETS.sessions,
        // Behind the TLS-terminating proxy production requires.
        TRUST_PROXY: '1',
        // No MongoDB here; the health check reads the same configuration, so it needs the flag too.
        ALLOW_MEMORY_STORES: 'true',
      };
      const app = await spawnNodeProcess('web', { cwd, args: runtime.cmd?.slice(1) ?? [], env });
      const withPort = { ...env, PORT: String(app.port) };
      const healthy = await waitUntil(async () => ((await healthcheck(cwd, withPort)) === 0 ? true : undefined), 60_000, 'web healthy').catch(
        (error: unknown) => `${String(error)}\n${app.output()}`,
      );
      const page = await fetch(`${app.url}/cases`, { headers: { 'X-Forwarded-Proto': 'https' } });
      const html = await page.text();
      const session = await fetch(`${app.url}/auth/session`);
      const exitCode = await app.terminate();
      expect(healthy).toBe(true);
      expect(page.status).toBe(200);
      expect(html).toContain('<div id="root"></div>');
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(page.headers.get('strict-transport-security')).toContain('max-age=');
      expect(session.status).toBe(401);
      expect(exitCode).toBe(0);
      expect(await healthcheck(cwd, withPort)).toBe(1);
    });

    it('the topic set-up runs from its runtime tree and finds the declared topics', async () => {
      const { stdout } = await run(process.execPath, ['dist/kafka/ensure-topics-cli.js'], {
        cwd: workdir('packages/messaging'),
        env: { PATH: process.env['PATH'] ?? '', KAFKA_BROKERS: kafka.bootstrapServers },
      });
      for (const topic of Object.values(TOPICS)) expect(stdout).toContain(`present ${topic} (${TOPIC_PARTITIONS[topic]} partitions)`);
    });
  });
});

describe('the lock check behind the runtime tree', () => {
  const check = path.join(root, 'scripts/image/installed-matches-lock.js');
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'corredor-lock-'));
    mkdirSync(path.join(dir, 'node_modules'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const write = (file: string, packages: Record<string, object>) => writeFileSync(path.join(dir, file), JSON.stringify({ packages }));
  const verdict = (lock: Record<string, object>, installed: Record<string, object>) => {
    write('package-lock.json', lock);
    write('node_modules/.package-lock.json', installed);
    return run(process.execPath, [check, 'package-lock.json', 'node_modules/.package-lock.json'], { cwd: dir }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code?: number; stderr?: string }) => ({ code: error.code, stderr: error.stderr ?? '' }),
    );
  };
  const zod = { version: '4.1.0', integrity: 'sha512-aaa' };

  it('accepts a tree in which every package is the one the lock names', async () => {
    expect(await verdict({ '': {}, 'node_modules/zod': zod }, { 'node_modules/zod': zod })).toEqual({ code: 0, stderr: '' });
  });

  it('refuses another version, other content, or a package the lock does not have', async () => {
    const other = await verdict({ 'node_modules/zod': zod }, { 'node_modules/zod': { ...zod, version: '4.1.1' } });
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('node_modules/zod: installed 4.1.1, lock says 4.1.0');
    expect((await verdict({ 'node_modules/zod': zod }, { 'node_modules/zod': { ...zod, integrity: 'sha512-bbb' } })).code).toBe(1);
    expect((await verdict({}, { 'node_modules/left-pad': zod })).stderr).toContain('lock says nothing');
  });
});
