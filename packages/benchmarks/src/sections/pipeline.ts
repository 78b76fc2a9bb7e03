import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageDir, repoRoot } from '../paths.js';
import { type CommandResult, pnpmCommand, runCommand } from '../run-command.js';
import type { Section, SectionResult } from '../section.js';
import { formatSeconds, median } from '../stats.js';

const SUITE_TARGET = 40_000;
const COLD_TARGET = 100_000;
const RERUN_TARGET = 3_000;
const RERUNS = 3;

interface Manifest {
  name: string;
  packageManager?: string;
  scripts?: Record<string, string>;
}
const readManifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;

/** The environment of a plain run from a shell: no variables of the turbo task this runs in, no vendor selection. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('TURBO_') || key.startsWith('ISPKIT_')) delete env[key];
  return { ...env, ...extra };
}

const outcome = (result: CommandResult) =>
  result.code === 0 ? formatSeconds(result.ms) : `failed (exit ${result.code}) after ${formatSeconds(result.ms)}`;

export const pipeline: Section = {
  name: 'pipeline',
  async run(log): Promise<SectionResult> {
    const logs = mkdtempSync(join(tmpdir(), 'ispkit-bench-'));
    let step = 0;
    let failed = false;
    const run = async (label: string, command: string, args: string[], cwd: string, env = cleanEnv()) => {
      log(`pipeline: ${label}`);
      // The machine may be shared: what else was running is part of the number.
      const load = loadavg()[0]!.toFixed(1);
      const logFile = join(logs, `${++step}.log`);
      const result = await runCommand(command, args, { cwd, env, logFile, log, label: `pipeline: ${label}` });
      log(`pipeline: ${label}: ${outcome(result)}`);
      if (result.code !== 0) {
        failed = true;
        log(`${result.tail}\n(full output: ${logFile})`);
      }
      return { ...result, logFile, load };
    };
    const rows: string[][] = [];
    const notes: string[] = [];

    // Code generation: each client's own `generate` command, run in a scratch package folder that
    // borrows the client's tsconfig and manifest, so that the checkout's committed clients are not rewritten.
    const codegenBin = join(repoRoot, 'packages', 'codegen', 'bin', 'ispkit-codegen.js');
    let codegenTotal = 0;
    let specs = 0;
    for (const folder of readdirSync(join(repoRoot, 'packages')).sort()) {
      const dir = join(repoRoot, 'packages', folder);
      if (!existsSync(join(dir, 'package.json'))) continue;
      const script = readManifest(dir).scripts?.generate;
      if (!script?.startsWith('ispkit-codegen ')) continue;
      const scratch = join(packageDir, 'generated', 'codegen', folder);
      rmSync(scratch, { recursive: true, force: true });
      mkdirSync(scratch, { recursive: true });
      writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify({ extends: join(dir, 'tsconfig.json') }));
      // The generator reads the package's name and version (for the User-Agent it writes).
      writeFileSync(join(scratch, 'package.json'), readFileSync(join(dir, 'package.json')));
      const result = await run(
        `code generation, ${folder}`,
        process.execPath,
        [codegenBin, ...script.split(/\s+/).slice(1)],
        scratch,
      );
      const operations = /(\d+) operations/.exec(readFileSync(result.logFile, 'utf8'))?.[1];
      rows.push([
        `code generation: ${folder}${operations ? ` (${operations} operations)` : ''}`,
        outcome(result),
        '',
        result.load,
      ]);
      codegenTotal += result.ms;
      specs++;
    }
    rows.push([`code generation: all ${specs} specs`, formatSeconds(codegenTotal), '', '']);

    const root = readManifest(repoRoot);
    const pnpm = pnpmCommand(root.packageManager ?? 'pnpm@10');
    const cold = await run(
      'cold `pnpm test`',
      pnpm.command,
      [...pnpm.prefix, 'test'],
      repoRoot,
      cleanEnv({ TURBO_FORCE: 'true' }),
    );
    rows.push(['cold `pnpm test` (turbo cache bypassed)', outcome(cold), `< ${formatSeconds(COLD_TARGET)}`, cold.load]);

    const reruns: number[] = [];
    const rerunLoad = loadavg()[0]!.toFixed(1);
    let rerunFailed: CommandResult | undefined;
    for (let i = 1; i <= RERUNS; i++) {
      const rerun = await run(`no-change rerun ${i}/${RERUNS}`, pnpm.command, [...pnpm.prefix, 'test'], repoRoot);
      if (rerun.code === 0) reruns.push(rerun.ms);
      else rerunFailed = rerun;
    }
    const checkGenerated = await run(
      'the rerun, check-generated alone',
      process.execPath,
      ['scripts/check-generated.mjs'],
      repoRoot,
    );
    const rerun = reruns.length ? median(reruns) : undefined;
    rows.push([
      `no-change rerun of \`pnpm test\` (median of ${RERUNS})`,
      rerun === undefined ? outcome(rerunFailed!) : formatSeconds(rerun),
      `< ${formatSeconds(RERUN_TARGET)}`,
      rerunLoad,
    ]);

    const suiteDir = join(repoRoot, 'contract-tests');
    const suiteScript = readManifest(suiteDir).scripts?.test ?? '';
    if (suiteScript !== 'vitest run') throw new Error(`contract-tests' test script is "${suiteScript}", expected "vitest run"`);
    const report = join(logs, 'contract-suite.json');
    const suite = await run(
      'the contract suite alone',
      join(suiteDir, 'node_modules', '.bin', 'vitest'),
      ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
      suiteDir,
    );
    rows.push([
      'contract suite alone (`vitest run` in contract-tests, every vendor)',
      outcome(suite),
      `< ${formatSeconds(SUITE_TARGET)}`,
      suite.load,
    ]);

    const slowest = slowestFiles(report);
    if (suite.code === 0) {
      const verdict =
        suite.ms <= SUITE_TARGET
          ? `met with ${formatSeconds(SUITE_TARGET - suite.ms)} to spare`
          : `missed by ${formatSeconds(suite.ms - SUITE_TARGET)} (${Math.round((suite.ms / SUITE_TARGET - 1) * 100)}%)`;
      notes.push(
        `Contract suite under ${formatSeconds(SUITE_TARGET)} on ${availableParallelism()} cores: ${verdict}. Its slowest files: ${slowest}.`,
      );
    } else {
      notes.push(`The contract suite failed (exit ${suite.code}), so its time says nothing about the target; see the console.`);
    }
    if (rerun !== undefined) {
      const parts = `pnpm and turbo ${formatSeconds(rerun - checkGenerated.ms)}, check-generated ${formatSeconds(checkGenerated.ms)}`;
      notes.push(
        rerun <= RERUN_TARGET
          ? `No-change rerun under 3 s: met (${formatSeconds(rerun)}; ${parts}).`
          : `No-change rerun under 3 s: missed by ${formatSeconds(rerun - RERUN_TARGET)} (${Math.round((rerun / RERUN_TARGET - 1) * 100)}%). ` +
              `Every task is a cache hit; the time is fixed cost: starting pnpm, turbo hashing every package's inputs and replaying the ` +
              `cached logs, then check-generated asking git for the status of the generated folders (${parts}).`,
      );
    }
    // The logs are kept only when something failed, to be read.
    if (!failed) rmSync(logs, { recursive: true, force: true });
    if (cold.code === 0) {
      notes.push(
        `Cold \`pnpm test\` under ${formatSeconds(COLD_TARGET)}: ` +
          (cold.ms <= COLD_TARGET ? 'met.' : `missed by ${formatSeconds(cold.ms - COLD_TARGET)}.`) +
          ' The load column is the 1-minute load average as the step started; on a shared machine above its core count, times stretch.',
      );
    }
    if (cold.code !== 0) notes.push(`The cold \`pnpm test\` failed (exit ${cold.code}); see the console for its last lines.`);
    return {
      title: 'Pipeline speed',
      method:
        'Wall-clock times of the commands as a developer runs them: each client package’s `generate` command (into a scratch ' +
        'folder), `pnpm test` with `TURBO_FORCE=true` (every task runs, nothing comes from the cache), the same command again with ' +
        'nothing changed, and the contract suite on its own (packages already built).',
      tables: [{ header: ['step', 'time', 'target', 'load'], rows }],
      notes,
    };
  },
};

/** The three slowest test files of a vitest JSON report, or a word saying why there are none. */
function slowestFiles(report: string): string {
  if (!existsSync(report)) return 'unknown (no report)';
  const { testResults } = JSON.parse(readFileSync(report, 'utf8')) as {
    testResults: { name: string; startTime: number; endTime: number }[];
  };
  return testResults
    .map((file) => ({ name: file.name.replace(`${repoRoot}/`, ''), ms: file.endTime - file.startTime }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 3)
    .map((file) => `\`${file.name}\` ${formatSeconds(file.ms)}`)
    .join(', ');
}
