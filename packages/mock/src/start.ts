import type { MockOptions, RunningMock } from './server.js';

/**
 * Starts a vendor mock (see `@ispkit/mock/server`). Prism is loaded on the first call, not on import, so that
 * reading the vendor list or a spec stays fast.
 */
export async function startMock(vendor: string, options?: MockOptions): Promise<RunningMock> {
  const server = await import('./server.js');
  return server.startMock(vendor, options);
}
