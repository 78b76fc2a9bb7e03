import { spawn } from 'node:child_process';

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Milliseconds before the command is killed and the step fails. */
  timeout: number;
  /** Exit codes that are a result, not a failure (`ispkit verify` exits 1 on drift); 0 alone by default. */
  okCodes?: number[];
}

/**
 * Runs a command to its end and resolves to its stdout; a non-zero exit or a timeout rejects with the
 * command, where it ran and the end of its output, so a failed step says what failed.
 */
export function run(command: string, args: string[], options: RunOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    if (child.pid !== undefined) running.add(child.pid);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      killGroup(child.pid);
      fail(`timed out after ${options.timeout / 1000} s`);
    }, options.timeout);
    const fail = (why: string) => {
      clearTimeout(timer);
      const tail = (text: string) => text.trim().split('\n').slice(-40).join('\n');
      reject(
        new Error(
          `\`${[command, ...args].join(' ')}\` in ${options.cwd} ${why}\n--- stderr (end)\n${tail(stderr)}\n--- stdout (end)\n${tail(stdout)}`,
        ),
      );
    };
    child.on('error', (error) => fail(`could not start: ${error.message}`));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (child.pid !== undefined) running.delete(child.pid);
      if (code !== null && (options.okCodes ?? [0]).includes(code)) resolve(stdout);
      else fail(`exited with ${code ?? signal}`);
    });
  });
}

/** Process groups of the commands still running. */
const running = new Set<number>();

/** Kills every command still running, and what each started: for a test that failed or timed out. */
export function killRunning(): void {
  for (const pid of running) killGroup(pid);
  running.clear();
}

/** Kills a detached child and everything it started (npx, pnpm and turbo start their own children). */
export function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/**
 * The environment of a step: this one without what the running pnpm, turbo and vitest set for
 * themselves (`npm_config_*` would point npm at their settings, `TURBO_*` at the outer run).
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(
    ([name]) => !/^(npm_|TURBO_|PNPM_|VITEST|NODE_OPTIONS$|NODE_ENV$|ISPKIT_)/i.test(name),
  );
  return { ...Object.fromEntries(inherited), ...extra };
}
