import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pnpmCommand } from '../src/pnpm.js';
import { cleanEnv, run } from '../src/round-trip/run.js';
import { readJson, repoRoot } from '../src/workspace.js';

describe('pnpm -s ispkit', () => {
  it('prints only the command’s own output on stdout: the build’s lines go to stderr', async () => {
    const { version } = readJson<{ version: string }>(join(repoRoot, 'packages/cli/package.json'));
    const { file, args } = pnpmCommand();
    const stdout = await run(file, [...args, '-s', 'ispkit', '--version'], {
      cwd: repoRoot,
      env: cleanEnv(),
      timeout: 5 * 60_000,
    });
    expect(stdout).toBe(`${version}\n`);
  });
});
