import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface ServerProcess {
  baseUrl: string;
  stop(): Promise<void>;
}

const entry = fileURLToPath(new URL('./server-process.ts', import.meta.url));

/**
 * Starts a server in a child process (see server-process.ts) and resolves once it listens.
 * The child inherits this process's loader flags, so it runs TypeScript the same way.
 */
export function spawnServer(kind: 'recordings' | 'prism', vendor: string, startTimeout = 60_000): Promise<ServerProcess> {
  const child = fork(entry, [kind, vendor], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => fail(new Error(`${kind} server for ${vendor} did not start within ${startTimeout} ms`)),
      startTimeout,
    );
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    child.once('exit', (code) => fail(new Error(`${kind} server for ${vendor} exited with code ${code} before listening`)));
    child.once('message', (message: { baseUrl?: string }) => {
      clearTimeout(timer);
      child.removeAllListeners('exit');
      if (!message.baseUrl) return fail(new Error(`${kind} server for ${vendor} sent no address`));
      resolve({ baseUrl: message.baseUrl, stop: () => stop(child) });
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
