import { type ChildProcess, spawn } from 'node:child_process';
import { type AddressInfo, createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { bin, ispkit } from './run-cli.js';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

function start(args: string[]) {
  const child = spawn(process.execPath, [bin, 'mock', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  /** Waits for a notice on stderr. */
  const notice = async (pattern: RegExp) => {
    for (let waited = 0; !pattern.test(stderr); waited += 50) {
      if (waited > 25_000 || child.exitCode !== null) throw new Error(`no ${pattern} on stderr:\n${stderr}\nstdout:\n${stdout}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return { child, exited, notice, stdout: () => stdout, stderr: () => stderr };
}

describe('ispkit mock', () => {
  it('prints the URL of the mock, serves the real paths and stops cleanly on Ctrl-C', async () => {
    const mock = start(['smartisp', '--port', '0']);
    await mock.notice(/Ready/);
    // stdout holds the result alone: one line per mock, its vendor and API root.
    expect(mock.stdout()).toMatch(
      /^smartisp +http:\/\/127\.0\.0\.1:\d+\/api\/SmartIPS-v1 {2}\(18 operations, \d+ recordings\)\n$/,
    );
    const baseUrl = /(http:\/\/127\.0\.0\.1:\d+\/api\/SmartIPS-v1)/.exec(mock.stdout())?.[1];
    expect(baseUrl).toBeDefined();

    const response = await fetch(`${baseUrl}/plans`, { headers: { 'X-Authorization': 'any' } });
    expect(response.status).toBe(200);
    expect((await response.json()).plans.length).toBeGreaterThan(0);

    mock.child.kill('SIGINT');
    expect(await mock.exited).toBe(0);
    expect(mock.stderr()).toContain('mocks stopped');
  });

  it('names the port in use and exits 2', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    try {
      const run = await ispkit(['mock', 'zalultra', '--port', String(port)]);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`ispkit: cannot start the zalultra mock: port ${port} is already in use on 127.0.0.1\n`);
    } finally {
      blocker.close();
    }
  });

  it('names an invalid host and exits 2', async () => {
    const run = await ispkit(['mock', 'zalultra', '--port', '0', '--host', 'no-such-host.invalid']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('ispkit: cannot start the zalultra mock: invalid host "no-such-host.invalid"\n');
  });

  it.each([
    [['nosuchvendor'], /unknown vendor "nosuchvendor"; known vendors: smartisp, zalultra, suricata-wispro, pmp/],
    [['smartisp', '--port', 'abc'], /--port must be a port number/],
    [['smartisp', 'pmp', '--port', '4999'], /--port applies to one vendor; name exactly one/],
    [['--bogus'], /Unknown option '--bogus'/],
  ])('rejects %j with a one-line reason and exit code 2', async (args, message) => {
    const run = await ispkit(['mock', ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^ispkit: [^\n]+\n$/);
    expect(run.stderr).toMatch(message);
  });
});
