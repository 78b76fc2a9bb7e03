import { type RunningMock, startMock } from '@ispkit/mock/server';
import type { TestProject } from 'vitest/node';
import { selectedVendors } from './selection.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Each vendor's mock API root, e.g. `http://127.0.0.1:40123/api/SmartIPS-v1`. */
    mocks: Record<string, string>;
  }
}

// One in-process Prism per vendor for the whole run: starting Prism costs about a second.
export default async function setup(project: TestProject) {
  const running: RunningMock[] = await Promise.all(selectedVendors.map((v) => startMock(v.name, { port: 0 })));
  project.provide('mocks', Object.fromEntries(running.map((m) => [m.vendor, m.url])));
  return async () => {
    await Promise.all(running.map((m) => m.close()));
  };
}
