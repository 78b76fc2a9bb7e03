import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const cli = join(dirname(createRequire(import.meta.url).resolve('@stoplight/spectral-cli/package.json')), 'dist', 'index.js');

export interface SpectralResult {
  /** The CLI's exit code with `--fail-severity=warn`, as the specs package's lint runs it: 0 only when nothing is reported. */
  exitCode: number;
  /** `<severity> <rule> <path>`, e.g. `error array-items paths./routers.get...`. */
  problems: string[];
}

const SEVERITIES = ['error', 'warn', 'info', 'hint'];

/** Lints one spec with a Spectral ruleset, failing on warnings as the gate does. */
export function spectralLint(spec: string, ruleset: string): Promise<SpectralResult> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [cli, 'lint', '--ruleset', ruleset, '--format', 'json', '--fail-severity', 'warn', '--quiet', spec],
      { maxBuffer: 16 * 1024 * 1024 },
      (error, stdout) => {
        const exitCode = error ? Number((error as { code?: number }).code ?? 1) : 0;
        const start = stdout.indexOf('[');
        if (start === -1) return reject(new Error(`spectral printed no report (exit ${exitCode}): ${stdout}`));
        const report = JSON.parse(stdout.slice(start)) as { code: string; severity: number; path: string[] }[];
        resolve({
          exitCode,
          problems: report.map((p) => `${SEVERITIES[p.severity]} ${p.code} ${p.path.join('.')}`),
        });
      },
    );
  });
}
