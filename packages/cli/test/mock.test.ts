import { type ChildProcess, spawn } from 'node:child_process';
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
  child.stdout.on('data', (chunk) => (stdout += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const output = async (pattern: RegExp) => {
    for (let waited = 0; !pattern.test(stdout); waited += 50) {
      if (waited > 25_000 || child.exitCode !== null) throw new Error(`no ${pattern} in output:\n${stdout}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return stdout;
  };
  return { child, exited, output, stdout: () => stdout };
}

describe('ispkit mock', () => {
  it('prints the URL of the mock, serves the real paths and stops cleanly on Ctrl-C', async () => {
    const mock = start(['smartisp', '--port', '0']);
    const printed = await mock.output(/Ready/);
    const baseUrl = /(http:\/\/127\.0\.0\.1:\d+\/api\/SmartIPS-v1)/.exec(printed)?.[1];
    expect(baseUrl).toBeDefined();

    const response = await fetch(`${baseUrl}/plans`, { headers: { 'X-Authorization': 'any' } });
    expect(response.status).toBe(200);
    expect((await response.json()).plans.length).toBeGreaterThan(0);

    mock.child.kill('SIGINT');
    expect(await mock.exited).toBe(0);
    expect(mock.stdout()).toContain('mocks stopped');
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
