import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const cli = join(dirname(createRequire(import.meta.url).resolve('@stoplight/spectral-cli/package.json')), 'dist', 'index.js');

export interface SpectralResult {
  /** The CLI's exit code with `--fail-severity=warn`, as the specs package's lint runs it: 0 only when nothing is reported. */
  exitCode: number;
  /** `<severity> <rule> <path>`, e.g. `error array-items paths./routers.get...`, of every spec linted. */
  problems: string[];
  /** The same problems, per spec, under the path each was given as. */
  bySpec: Record<string, string[]>;
}

const SEVERITIES = ['error', 'warn', 'info', 'hint'];

/**
 * Lints specs with a Spectral ruleset, failing on warnings as the gate does. Several specs share one
 * process: starting Spectral and loading its ruleset costs seconds, linting a spec a fraction of that.
 */
export function spectralLint(specs: string | string[], ruleset: string): Promise<SpectralResult> {
  const list = typeof specs === 'string' ? [specs] : specs;
  // With several paths, Spectral lints those it finds and says nothing of a missing one.
  const missing = list.filter((spec) => !existsSync(spec));
  if (missing.length > 0) return Promise.reject(new Error(`no such spec: ${missing.join(', ')}`));
  return new Promise((resolvePromise, reject) => {
    execFile(
      process.execPath,
      [cli, 'lint', '--ruleset', ruleset, '--format', 'json', '--fail-severity', 'warn', '--quiet', ...list],
      { maxBuffer: 16 * 1024 * 1024 },
      (error, stdout) => {
        const exitCode = error ? Number((error as { code?: number }).code ?? 1) : 0;
        const start = stdout.indexOf('[');
        if (start === -1) return reject(new Error(`spectral printed no report (exit ${exitCode}): ${stdout}`));
        const report = JSON.parse(stdout.slice(start)) as { code: string; severity: number; path: string[]; source?: string }[];
        const bySpec: Record<string, string[]> = Object.fromEntries(list.map((spec) => [spec, []]));
        const problems: string[] = [];
        for (const p of report) {
          const problem = `${SEVERITIES[p.severity]} ${p.code} ${p.path.join('.')}`;
          // A problem in a file a spec refers to is kept under that file's own path.
          const spec = list.find((s) => p.source !== undefined && resolve(s) === resolve(p.source)) ?? p.source ?? '';
          bySpec[spec] = [...(bySpec[spec] ?? []), problem];
          problems.push(problem);
        }
        resolvePromise({ exitCode, problems, bySpec });
      },
    );
  });
}
