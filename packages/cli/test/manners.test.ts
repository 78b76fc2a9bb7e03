import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { VERIFY_USAGE } from '../src/commands/verify.js';
import { type FakeVendor, startFakeVendor } from './fake-vendor.js';
import { ispkit, runCli } from './run-cli.js';

const KEY = 'manners-test-key-0123456789';
const servers: FakeVendor[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

describe('ispkit', () => {
  it('with no arguments prints the help and exits 0', async () => {
    const run = await ispkit([]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^usage: ispkit <command>/);
    expect(run.stdout).toContain('help [command]');
    expect(run.stderr).toBe('');
  });

  it('--version prints the version of the package, alone on stdout', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const run = await runCli([flag]);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(`${version}\n`);
    }
  });

  it('help <command> describes that command; an unknown one is refused in one line', async () => {
    const run = await ispkit(['help', 'verify']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${VERIFY_USAGE}\n`);
    expect((await ispkit(['help', 'mock'])).stdout).toMatch(/^usage: ispkit mock/);
    const unknown = await ispkit(['help', 'nosuch']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^ispkit: unknown command "nosuch"; commands: mock, verify, record, scan\n$/);
  });
});

describe('ispkit verify output', () => {
  it('counts one operation in the singular', async () => {
    const server = await startFakeVendor({ vendor: 'smartisp', key: KEY });
    servers.push(server);
    const run = await ispkit(['verify', 'smartisp', '--base-url', server.baseUrl, '--only', 'getPlans'], {
      ISPKIT_SMARTISP_KEY: KEY,
    });
    expect(run.stdout).toMatch(/^smartisp: 1 operation: 1 ok, 0 drift, 0 error, 0 skipped$/m);
    expect(run.stderr).toMatch(/: 1 operation\n/);
    expect(run.stdout + run.stderr).not.toMatch(/\b1 operations\b/);
  });

  it('says the base URL is probably wrong when every operation answers 404, on stderr', async () => {
    const server = await startFakeVendor({ vendor: 'smartisp', key: KEY });
    servers.push(server);
    const wrong = `${server.baseUrl}/v2`;
    const run = await ispkit(['verify', 'smartisp', '--base-url', wrong, '--json'], { ISPKIT_SMARTISP_KEY: KEY });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).summary.ok).toBe(0);
    expect(run.stderr).toContain('every operation answered 404: the base URL is probably wrong');
    expect(run.stderr).toContain('https://isp.example.com/api/SmartIPS-v1');
  });

  it('gives no such hint when some operation answers', async () => {
    const server = await startFakeVendor({
      vendor: 'smartisp',
      key: KEY,
      alter: (operationId) =>
        operationId === 'getPlans' ? undefined : { status: 404, contentType: 'application/json', body: '{"message":"no"}' },
    });
    servers.push(server);
    const run = await ispkit(['verify', 'smartisp', '--base-url', server.baseUrl, '--json'], { ISPKIT_SMARTISP_KEY: KEY });
    expect(JSON.parse(run.stdout).summary.ok).toBeGreaterThan(0);
    expect(run.stderr).not.toContain('base URL is probably wrong');
  });
});
