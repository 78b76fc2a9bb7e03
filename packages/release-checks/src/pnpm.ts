import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type PackageJson, readJson, repoRoot } from './workspace.js';

const run = promisify(execFile);

/**
 * How to start the pnpm that runs this process: under `pnpm run` (turbo included) its own script,
 * otherwise the version the root package.json pins, fetched by npx as the README does.
 */
export function pnpmCommand(env = process.env): { file: string; args: string[] } {
  const execPath = env.npm_execpath ?? '';
  if (/pnpm\.[cm]?js$/.test(execPath)) return { file: process.execPath, args: [execPath] };
  const pinned = readJson<PackageJson & { packageManager?: string }>(join(repoRoot, 'package.json')).packageManager;
  if (!pinned?.startsWith('pnpm@')) throw new Error('the root package.json pins no pnpm in "packageManager"');
  return { file: 'npx', args: ['-y', pinned] };
}

export async function pnpm(args: string[], cwd: string): Promise<string> {
  const { file, args: prefix } = pnpmCommand();
  const { stdout } = await run(file, [...prefix, ...args], { cwd, maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}
