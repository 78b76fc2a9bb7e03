import { afterEach, describe, expect, it } from 'vitest';
import { type RunningMock, startMock } from './server.js';

const running: RunningMock[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((m) => m.close()));
});

describe('startMock', () => {
  it('serves the recordings at the real API paths and validates credentials', async () => {
    const mock = await startMock({ vendor: 'smartisp', port: 0 });
    running.push(mock);
    expect(mock.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/SmartIPS-v1$/);
    expect(mock.operations).toBe(18);

    const response = await fetch(`${mock.baseUrl}/plans`, { headers: { 'X-Authorization': 'any' } });
    expect(response.status).toBe(200);
    expect((await response.json()).plans.length).toBeGreaterThan(0);
    expect((await fetch(`${mock.baseUrl}/plans`)).status).toBe(401);
  });

  it('refuses an unknown vendor', async () => {
    await expect(startMock({ vendor: 'nosuchvendor' })).rejects.toThrow(/^unknown vendor "nosuchvendor"; known vendors: /);
  });

  it('reports a port in use', async () => {
    const first = await startMock({ vendor: 'zalultra', port: 0 });
    running.push(first);
    const port = Number(new URL(first.baseUrl).port);
    await expect(startMock({ vendor: 'zalultra', port })).rejects.toThrow(/EADDRINUSE/);
  });
});
