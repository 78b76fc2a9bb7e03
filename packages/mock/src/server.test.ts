import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startMock as startLazily, vendors } from './index.js';
import { type RunningMock, startMock } from './server.js';

const running: RunningMock[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((m) => m.close()));
});

describe('startMock', () => {
  it('serves the recordings at the real API paths and validates credentials', async () => {
    const mock = await startMock('smartisp', { port: 0 });
    running.push(mock);
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/SmartIPS-v1$/);
    expect(mock.operations).toBe(18);

    const response = await fetch(`${mock.url}/plans`, { headers: { 'X-Authorization': 'any' } });
    expect(response.status).toBe(200);
    expect((await response.json()).plans.length).toBeGreaterThan(0);
    expect((await fetch(`${mock.url}/plans`)).status).toBe(401);
  });

  it('is exported by the package root too, loading Prism on the first call', async () => {
    const mock = await startLazily('zalultra', { port: 0 });
    running.push(mock);
    expect(mock.vendor).toBe('zalultra');
    expect(mock.examples).toBeGreaterThan(0);
  });

  it('refuses an unknown vendor', async () => {
    await expect(startMock('nosuchvendor')).rejects.toThrow(/^unknown vendor "nosuchvendor"; known vendors: /);
  });

  it('names the port that is in use', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const failure = startMock('zalultra', { port });
      await expect(failure).rejects.toThrow(`port ${port} is already in use on 127.0.0.1`);
      await expect(failure).rejects.toMatchObject({ code: 'EADDRINUSE' });
    } finally {
      blocker.close();
    }
  });

  it('names a host it cannot listen on', async () => {
    await expect(startMock('zalultra', { port: 0, host: 'no-such-host.invalid' })).rejects.toThrow(
      'invalid host "no-such-host.invalid"',
    );
    await expect(startMock('zalultra', { port: 0, host: '192.0.2.1' })).rejects.toThrow(
      '192.0.2.1 is not an address of this machine',
    );
  });

  it('refuses a port out of range before starting', async () => {
    await expect(startMock('zalultra', { port: 70000 })).rejects.toThrow('port must be an integer from 0 to 65535, got 70000');
  });
});

describe('the packaged vendor files', () => {
  // The build copies them into dist/vendors; an installed package has nothing else to read.
  it('hold every vendor: its spec and its recordings', async () => {
    const { loadRecordings, loadSpec } = await import('./index.js');
    for (const vendor of vendors) {
      expect(loadSpec(vendor.name).openapi, vendor.name).toMatch(/^3\.1\./);
      expect(loadRecordings(vendor.name).length, vendor.name).toBeGreaterThan(0);
    }
  });
});
