import { describe, it, type TestContext } from 'vitest';
import { FaultServer, json } from '../src/fault-server.js';
import { callOn, readOf } from '../src/hostile.js';
import { selectedNames } from '../src/selection.js';

// Apart from the other hostile-server tests because each waits out a real backoff. The waits are
// idle time, so the cases run concurrently, each against a server of its own: one case's requests
// can never be counted by another.

// The context's hook, not the global one: among concurrent tests the global one may close the server
// when another test finishes.
async function ownServer({ onTestFinished }: TestContext): Promise<FaultServer> {
  const server = await FaultServer.start();
  onTestFinished(() => server.close());
  return server;
}

describe.concurrent.each(selectedNames)('%s: hostile Retry-After values', (name) => {
  it.for(['-1', '+3', 'Thu, 01 Jan 1970 00:00:00 GMT', '0', '1.5e0', 'soon'])(
    'Retry-After: %s falls back to the normal backoff',
    async (value, context) => {
      const { expect } = context;
      const server = await ownServer(context);
      const times: number[] = [];
      server.answer((_, res, attempt) => {
        times.push(performance.now());
        if (attempt === 1) json(res, 503, { message: 'busy' }, { 'Retry-After': value });
        else json(res, 200, readOf(name).response.body);
      });
      await callOn(server, name, { maxRetries: 1, validation: 'off' });
      expect(times).toHaveLength(2);
      // The normal backoff waits at least 375 ms before the first retry.
      expect(times[1]! - times[0]!).toBeGreaterThan(300);
    },
  );

  it('a TimeoutError after retries says how many attempts and the total time', async (context) => {
    const { expect } = context;
    const server = await ownServer(context);
    server.answer(() => undefined);
    const { error } = await callOn(server, name, { maxRetries: 1, timeout: 100 });
    expect(error?.name).toBe('TimeoutError');
    expect(error?.message).toMatch(/2 attempts/);
    expect(error?.message).toMatch(/in total/);
    expect(error?.attempts).toBe(2);
  });
});
