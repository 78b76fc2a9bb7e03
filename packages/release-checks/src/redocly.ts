import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const cli = join(dirname(createRequire(import.meta.url).resolve('@redocly/cli/package.json')), 'bin', 'cli.js');

export interface LintProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  /** JSON pointer of the node, e.g. `#/paths/~1plans/get`. */
  pointer: string;
  message: string;
}

/** Lints one spec with a Redocly config; the CLI's exit code is ignored, its problems are returned. */
export async function redoclyLint(spec: string, config: string): Promise<LintProblem[]> {
  const { stdout } = await run(process.execPath, [cli, 'lint', '--config', config, '--format=json', spec], {
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    maxBuffer: 16 * 1024 * 1024,
  }).catch((error: { stdout?: string }) => {
    if (typeof error.stdout === 'string' && error.stdout.includes('"problems"')) return { stdout: error.stdout };
    throw error;
  });
  const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as {
    problems: { ruleId: string; severity: LintProblem['severity']; message: string; location: { pointer: string }[] }[];
  };
  return report.problems.map((p) => ({
    ruleId: p.ruleId,
    severity: p.severity,
    pointer: p.location[0]?.pointer ?? '',
    message: p.message,
  }));
}
