import { afterEach, describe, expect, it } from 'vitest';
import { type FakeVendor, startFakeVendor } from './fake-vendor.js';
import { ispkit } from './run-cli.js';

// `ispkit verify` against a server that answers with deep nesting and echoes the key where
// the table cuts and where a pointer is built: a typed report, never a crash, never the key.
const KEY = 'cli/hostile+key=0123456789';
const FORMS = [KEY, KEY.replace(/\//g, '\\/'), encodeURIComponent(KEY), encodeURIComponent(KEY).toLowerCase()];
const PARTS = ['cli/hostile', 'cli\\/hostile', 'cli%2', 'cli~1hostile', 'hostile+key', 'hostile%2'];
const leaks = (text: string) => [...FORMS, ...PARTS].filter((part) => text.includes(part));

const servers: FakeVendor[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function verify(alter: Parameters<typeof startFakeVendor>[0]['alter'], json: boolean) {
  const server = await startFakeVendor({ vendor: 'smartisp', key: KEY, alter });
  servers.push(server);
  return ispkit(['verify', 'smartisp', '--base-url', server.baseUrl, ...(json ? ['--json'] : [])], { ISPKIT_SMARTISP_KEY: KEY });
}

describe.each([false, true])('ispkit verify (json %s) against a hostile server', (json) => {
  it('a body nested 3,000 levels deep is reported as drift, not a crash', async () => {
    const run = await verify(
      (operationId) =>
        operationId === 'getPlans'
          ? { status: 200, contentType: 'application/json', body: `{"plans":${'['.repeat(3_000)}${']'.repeat(3_000)}}` }
          : undefined,
      json,
    );
    expect(run.stderr).not.toMatch(/unexpected/);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/nested at most 256 levels/);
  });

  it('an echoed key is masked in keys, values near the cut and error bodies', async () => {
    const run = await verify((operationId, body) => {
      if (operationId === 'getPlans') {
        const plans = body as { plans: Record<string, unknown>[] };
        plans.plans[0]![KEY] = 1;
        plans.plans[0]!.name = 42;
        (plans as Record<string, unknown>)[`${'x'.repeat(40)}${KEY}`] = `${'y'.repeat(50)}${KEY}`;
        return { status: 200, contentType: 'application/json', body: JSON.stringify(plans).replace(/\//g, '\\/') };
      }
      if (operationId === 'getRouters') return { status: 200, contentType: 'text/html', body: `${'z'.repeat(50)}${KEY}` };
      return undefined;
    }, json);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('[REDACTED]');
    expect(leaks(run.stdout)).toEqual([]);
    expect(leaks(run.stderr)).toEqual([]);
  });
});
