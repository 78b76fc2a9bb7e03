import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';

export interface CommandResult {
  ms: number;
  code: number | null;
  /** The last lines of output, for a failure message. */
  tail: string;
}

export interface CommandOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Output goes here rather than to the console: a whole test run is too long to echo. */
  logFile: string;
  log: (line: string) => void;
  label: string;
}

/** Runs a command to completion, timing it wall-clock, with a progress line every 20 s. */
export function runCommand(
  command: string,
  args: string[],
  { cwd, env, logFile, log, label }: CommandOptions,
): Promise<CommandResult> {
  const out = createWriteStream(logFile);
  const started = performance.now();
  const child = spawn(command, args, { cwd, env: env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(out, { end: false });
  child.stderr.pipe(out, { end: false });
  const heartbeat = setInterval(
    () => log(`${label}: still running, ${Math.round((performance.now() - started) / 1000)} s`),
    20_000,
  );
  return new Promise((resolve, reject) => {
    child.once('error', (error) => {
      clearInterval(heartbeat);
      reject(new Error(`${label}: could not start ${command}: ${error.message}`));
    });
    child.once('close', (code) => {
      const ms = performance.now() - started;
      clearInterval(heartbeat);
      out.end(() => {
        const tail = readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-15).join('\n');
        resolve({ ms, code, tail });
      });
    });
  });
}

/**
 * How to run pnpm from here: the pnpm that started this run when there is one (no second
 * download, same version), else the README's `npx -y pnpm@<version>`.
 */
export function pnpmCommand(packageManager: string): { command: string; prefix: string[] } {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm/.test(execPath)) {
    return /\.[cm]?js$/.test(execPath) ? { command: process.execPath, prefix: [execPath] } : { command: execPath, prefix: [] };
  }
  return { command: 'npx', prefix: ['-y', packageManager] };
}
