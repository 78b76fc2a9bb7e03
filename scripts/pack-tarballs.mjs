// Packs every public package into tarballs/ (what `npm install` takes before the packages are on the registry).
// Run through `pnpm tarballs`, which builds first; pnpm pack turns workspace: ranges into versions.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'tarballs');
rmSync(out, { recursive: true, force: true });
mkdirSync(out);
// biome-ignore lint/suspicious/noUndeclaredEnvVars: run by `pnpm tarballs` after turbo, not as a turbo task
const pnpm = process.env.npm_execpath;
for (const folder of readdirSync(join(root, 'packages'))) {
  const manifestFile = join(root, 'packages', folder, 'package.json');
  if (!existsSync(manifestFile)) continue;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  if (manifest.private) continue;
  const args = ['pack', '--pack-destination', out];
  if (pnpm)
    execFileSync(process.execPath, [pnpm, ...args], {
      cwd: join(root, 'packages', folder),
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  else
    execFileSync('npx', ['-y', 'pnpm@10.34.9', ...args], {
      cwd: join(root, 'packages', folder),
      stdio: ['ignore', 'ignore', 'inherit'],
    });
}
console.log(`${out}:\n${readdirSync(out).join('\n')}`);
