import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type LocalRegistry, startRegistry } from '../src/round-trip/registry.js';
import { copyRepository } from '../src/round-trip/repo-copy.js';
import { cleanEnv, killGroup, killRunning, run } from '../src/round-trip/run.js';
import { readJson, repoRoot } from '../src/workspace.js';

/**
 * The proof that the packages are publishable and usable by someone who never cloned the repository:
 * the release workflow's own version and publish commands, run on a throwaway copy of the repository
 * against a local Verdaccio, then a fresh project outside the repository that installs from it.
 * Set ISPKIT_SKIP_ROUND_TRIP=1 to leave it out of a local run.
 */
const MINUTE = 60_000;
const skip = process.env.ISPKIT_SKIP_ROUND_TRIP === '1';

interface ReleaseStep {
  uses?: string;
  with?: { version?: string; publish?: string };
}

/** The commands .github/workflows/release.yml gives the changesets action. */
function releaseCommands(): { version: string; publish: string } {
  const workflow = parse(readFileSync(join(repoRoot, '.github/workflows/release.yml'), 'utf8')) as {
    jobs: Record<string, { steps: ReleaseStep[] }>;
  };
  const step = Object.values(workflow.jobs)
    .flatMap((job) => job.steps)
    .find((s) => s.uses?.startsWith('changesets/action@'));
  if (!step?.with?.version || !step.with.publish) throw new Error('release.yml has no changesets step with version and publish');
  return { version: step.with.version, publish: step.with.publish };
}

describe.skipIf(skip)('the registry round trip', () => {
  // Made by the test itself, so that a skipped or filtered-out run leaves nothing behind.
  let work: string | undefined;
  const timings: Record<string, number> = {};
  const children: ChildProcess[] = [];
  let registry: Promise<LocalRegistry> | undefined;

  afterAll(async () => {
    for (const child of children) killGroup(child.pid);
    killRunning();
    await registry?.then(
      (started) => started.close(),
      () => undefined,
    );
    if (!work) return;
    // Two installed projects are tens of thousands of files: removed by a detached rm, not on the suite's time.
    const folder = work;
    const rm = spawn('rm', ['-rf', folder], { detached: true, stdio: 'ignore' });
    rm.on('error', () => rmSync(folder, { recursive: true, force: true }));
    rm.unref();
    console.log(
      `registry round trip: ${Object.entries(timings)
        .map(([step, ms]) => `${step} ${(ms / 1000).toFixed(1)} s`)
        .join(', ')}`,
    );
  });

  async function timed<T>(step: string, action: () => Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await action();
    } finally {
      timings[step] = performance.now() - start;
    }
  }

  const sh = (command: string, cwd: string, env: NodeJS.ProcessEnv, timeout = 10 * MINUTE) =>
    run('sh', ['-c', command], { cwd, env, timeout });

  it(
    'publishes with the release commands, installs from the registry outside the repository, and works there',
    async () => {
      work = mkdtempSync(join(tmpdir(), 'ispkit-round-trip-'));
      const repo = join(work, 'repo');
      const app = join(work, 'app');
      const { version, publish } = releaseCommands();
      const env = cleanEnv();

      // The registry is needed only to publish: it starts while the copy is made, installed and versioned.
      registry = timed('registry', () => startRegistry(join(work!, 'registry')));
      registry.catch(() => undefined);
      // A throwaway copy of the repository, its own git history, installed from the warm store.
      await timed('copy and install', async () => {
        copyRepository(repoRoot, repo);
        await sh('git init -q && git add -A && git -c user.name=ci -c user.email=ci@example.com commit -qm copy', repo, env);
        await sh('npx -y pnpm@10.34.9 install --frozen-lockfile --prefer-offline', repo, env);
      });
      await timed('version', () => sh(version, repo, env));
      const { url: registryUrl, token } = await registry;
      // Only @ispkit goes to the local registry (npx still fetches pnpm from npm's): pnpm publish reads the
      // scope's registry and token from .npmrc, changesets' check of what is already published from the environment.
      const auth = `//${new URL(registryUrl).host}/:_authToken=${token}`;
      writeFileSync(join(repo, '.npmrc'), `@ispkit:registry=${registryUrl}\n${auth}\n`);
      const publishEnv = { ...env, 'npm_config_@ispkit:registry': registryUrl };
      await timed('build and publish', () => sh(publish, repo, publishEnv, 15 * MINUTE));

      const published = (name: string) => readJson<{ version: string }>(join(repo, 'packages', name, 'package.json')).version;
      const cliVersion = published('cli');

      // A fresh project outside the repository: @ispkit from the local registry, the rest from npm's.
      cpSync(join(repoRoot, 'packages/release-checks/fixtures/consumer'), app, { recursive: true });
      writeFileSync(
        join(app, 'package.json'),
        `${JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2)}\n`,
      );
      writeFileSync(join(app, '.npmrc'), `@ispkit:registry=${registryUrl}\n`);
      await timed('npm install', () =>
        sh(
          'npm install --no-audit --no-fund --prefer-offline @ispkit/smartisp @ispkit/cli @ispkit/mock typescript@5.9.3 vitest@4.1.12 @types/node@20.19.43',
          app,
          env,
        ),
      );
      const installed = readJson<{ version: string }>(join(app, 'node_modules/@ispkit/smartisp/package.json')).version;
      expect(installed).toBe(published('smartisp'));

      // One tsc for the three settings: a build of several projects parses the shared declarations
      // (the packages', Node's, TypeScript's own) once, where three processes parsed them three times.
      await timed('compile', () => sh('npx tsc -b tsconfig.nodenext.json tsconfig.bundler.json tsconfig.node10.json', app, env));

      // The fixture's own test needs neither the mock below nor the programs: it runs beside them.
      const ownTest = timed('vitest', () => sh('npx vitest run --reporter=dot', app, env, 5 * MINUTE));
      ownTest.catch(() => undefined);

      expect((await sh('npx ispkit --version', app, env)).trim()).toBe(cliVersion);

      await timed('mock, programs and verify', async () => {
        const mock = spawn('npx', ['ispkit', 'mock', 'smartisp', '--port', '0'], {
          cwd: app,
          env,
          stdio: ['ignore', 'pipe', 'pipe'],
          detached: true,
        });
        children.push(mock);
        const url = await new Promise<string>((resolve, reject) => {
          let stdout = '';
          let stderr = '';
          const timer = setTimeout(
            () => reject(new Error(`npx ispkit mock printed no URL in 2 minutes:\n${stderr}`)),
            2 * MINUTE,
          );
          mock.stderr.on('data', (chunk) => (stderr += chunk));
          mock.stdout.on('data', (chunk) => {
            stdout += chunk;
            const found = /^smartisp +(http:\/\/\S+)/m.exec(stdout)?.[1];
            if (found) {
              clearTimeout(timer);
              resolve(found);
            }
          });
          mock.on('exit', (code) => reject(new Error(`npx ispkit mock exited with ${code}:\n${stderr}`)));
        });
        const withMock = { ...env, ISPKIT_MOCK_URL: url };

        const esm = JSON.parse(await sh('node out/esm.js', app, withMock)) as Record<string, unknown>;
        expect(esm).toMatchObject({ module: 'esm', typedError: true, standalone: esm.plans });
        expect(esm.plans).toBeGreaterThan(0);
        const cjs = JSON.parse(await sh('node out/cjs.cjs', app, withMock)) as Record<string, unknown>;
        expect(cjs).toMatchObject({ module: 'cjs', spec: '3.1.0', yaml: true, errorClass: 'function', standalone: cjs.plans });
        expect(cjs.plans).toBe(esm.plans);
        expect(cjs.paths).toBeGreaterThan(0);

        // stdout is the report alone, whatever the run prints on the way.
        const verify = await run('npx', ['ispkit', 'verify', 'smartisp', '--base-url', url, '--key', 'any-mock-key', '--json'], {
          cwd: app,
          env,
          timeout: 3 * MINUTE,
          okCodes: [0, 1],
        });
        let report: { vendor: string; summary: Record<string, number> };
        try {
          report = JSON.parse(verify);
        } catch {
          throw new Error(`npx ispkit verify --json printed more than JSON on stdout:\n${verify.slice(0, 2000)}`);
        }
        expect(report.vendor).toBe('smartisp');
        expect(report.summary.ok).toBeGreaterThan(0);
      });

      await ownTest;
    },
    40 * MINUTE,
  );
});
