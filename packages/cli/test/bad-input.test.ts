import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeVendor, startFakeVendor } from './fake-vendor.js';
import { ispkit, type Run, runCli } from './run-cli.js';

const KEY = 'bad-input-test-key-9876543210';
const servers: FakeVendor[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A port nothing listens on: taken from the system, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function expectOneLineError(run: Run, message: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/^ispkit: [^\n]+\n$/);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.stdout).toBe('');
  expect(run.stdout + run.stderr).not.toContain(KEY);
}

describe('bad input', () => {
  // Arguments after the vendor get `--key KEY` appended where `key` is set, so the key stays out of the test names.
  it.each([
    [
      ['verify', 'nosuchvendor', '--base-url', 'http://127.0.0.1:1'],
      true,
      /unknown vendor "nosuchvendor"; known vendors: smartisp, zalultra, suricata-wispro, pmp/,
    ],
    [['record', 'nosuchvendor', '--base-url', 'http://127.0.0.1:1'], true, /unknown vendor "nosuchvendor"/],
    [['frobnicate'], false, /unknown command "frobnicate"; commands: mock, verify, record/],
    [['help', 'verify', 'record'], false, /help takes one command, got verify record/],
    [['verify', 'smartisp'], true, /verify needs --base-url/],
    [
      ['verify', 'smartisp', '--base-url', 'http://127.0.0.1:1'],
      false,
      /verify needs the key: pass --key or set ISPKIT_SMARTISP_KEY/,
    ],
    [['verify', 'smartisp', '--base-url', 'not a url'], true, /baseUrl must be an absolute http\(s\) URL/],
    [['verify', 'smartisp', 'pmp', '--base-url', 'http://127.0.0.1:1'], true, /verify takes exactly one vendor/],
    [
      ['verify', 'smartisp', '--base-url', 'http://127.0.0.1:1', '--param', 'nosuch=1'],
      true,
      /no smartisp operation takes a parameter "nosuch"/,
    ],
    [['verify', 'smartisp', '--base-url', 'http://127.0.0.1:1', '--param', 'dni'], true, /--param takes NAME=VALUE/],
    [
      ['verify', 'smartisp', '--base-url', 'http://127.0.0.1:1', '--config', '/nonexistent/params.yaml'],
      true,
      /cannot read the config file \/nonexistent\/params.yaml: ENOENT/,
    ],
    [
      ['verify', 'smartisp', '--base-url', 'http://127.0.0.1:1', '--only', 'getNothing'],
      true,
      /smartisp has no operation "getNothing"/,
    ],
    [
      ['verify', 'smartisp', '--base-url', 'http://127.0.0.1:1', '--timeout', 'soon'],
      true,
      /--timeout takes seconds, got "soon"/,
    ],
    [['verify', 'smartisp', '--bogus'], false, /Unknown option '--bogus'/],
  ] as const)('%j: one line, exit 2', async (args, key, message) => {
    expectOneLineError(await ispkit([...args, ...(key ? ['--key', KEY] : [])]), message);
  });

  it('an unreachable URL', async () => {
    const port = await closedPort();
    const run = await ispkit(['verify', 'zalultra', '--base-url', `http://127.0.0.1:${port}/api/v1`], {
      ISPKIT_ZALULTRA_KEY: KEY,
    });
    expectOneLineError(run, new RegExp(`cannot reach http://127.0.0.1:${port}/api/v1: .*ECONNREFUSED`));
  });

  it.each(['smartisp', 'zalultra', 'suricata-wispro', 'pmp'])('a wrong %s key: the server answers 401', async (vendor) => {
    const server = await startFakeVendor({ vendor, key: 'the-right-key-000' });
    servers.push(server);
    for (const command of ['verify', 'record']) {
      const run = await ispkit(
        [command, vendor, '--base-url', server.baseUrl, '--key', KEY, '--dry-run'].slice(0, command === 'verify' ? 6 : 7),
      );
      expectOneLineError(run, new RegExp(`${vendor} refused the key: \\w+ answered 401; check --key or ISPKIT_[A-Z_]+_KEY`));
    }
    // The run stops at the first refusal: every other call would be refused too.
    expect(server.calls).toHaveLength(2);
  });

  it('PMP refuses a bad token with its failure envelope in a 404, also a refused key', async () => {
    const server = await startFakeVendor({
      vendor: 'pmp',
      key: KEY,
      alter: () => ({ status: 404, contentType: 'application/json', body: '{"status":false,"message":"Token is not defined."}' }),
    });
    servers.push(server);
    expectOneLineError(
      await ispkit(['verify', 'pmp', '--base-url', server.baseUrl, '--key', KEY]),
      /pmp refused the key: listCustomers answered 404/,
    );
  });

  // The same checks hold for the built command: the one line is all a user sees, whatever the failure.
  it.each([
    [
      'an unknown vendor',
      ['verify', 'nosuchvendor', '--base-url', 'http://127.0.0.1:1', '--key', KEY],
      /unknown vendor "nosuchvendor"/,
    ],
    ['an unknown command', ['frobnicate'], /unknown command "frobnicate"/],
  ])('the built command: %s', async (_, args, message) => {
    expectOneLineError(await runCli(args), message);
  });

  it('the built command: a refused key', async () => {
    const server = await startFakeVendor({ vendor: 'smartisp', key: 'the-right-key-000' });
    servers.push(server);
    expectOneLineError(
      await runCli(['verify', 'smartisp', '--base-url', server.baseUrl], { ISPKIT_SMARTISP_KEY: KEY }),
      /smartisp refused the key/,
    );
  });
});
