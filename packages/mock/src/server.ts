import { Writable } from 'node:stream';
import { createLogger } from '@stoplight/prism-core';
import { getHttpOperationsFromSpec } from '@stoplight/prism-http';
import { createServer } from '@stoplight/prism-http-server';
import { buildMockDocument } from './mock-document.js';
import { loadRecordings } from './recordings.js';
import { basePath, loadSpec } from './spec.js';
import { findVendor } from './vendors.js';

export interface MockOptions {
  vendor: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Receives one line per Prism warning or error (request violations, bad examples). */
  log?: (line: string) => void;
}

export interface RunningMock {
  vendor: string;
  /** The API root clients are configured with, e.g. `http://127.0.0.1:4010/api/SmartIPS-v1`. */
  baseUrl: string;
  operations: number;
  examples: number;
  close(): Promise<void>;
}

/** Starts an in-process Prism mock of one vendor's spec, validating every request. */
export async function startMock(options: MockOptions): Promise<RunningMock> {
  const vendor = findVendor(options.vendor);
  const spec = loadSpec(vendor.name);
  const recordings = loadRecordings(vendor.name);
  const operations = await getHttpOperationsFromSpec(buildMockDocument(spec, recordings));
  const server = createServer(operations, {
    cors: true,
    config: {
      isProxy: false,
      validateRequest: true,
      validateResponse: true,
      checkSecurity: true,
      errors: false,
      upstreamProxy: undefined,
      mock: { dynamic: false },
    },
    components: { logger: prismLogger(vendor.name, options.log) },
  });
  const host = options.host ?? '127.0.0.1';
  const address = await server.listen(options.port ?? vendor.port, host);
  return {
    vendor: vendor.name,
    baseUrl: address.replace(/\/+$/, '') + basePath(spec),
    operations: operations.length,
    examples: recordings.filter((r) => !r.knownDocsError).length,
    close: () => server.close(),
  };
}

// Prism logs pino JSON lines; keep warnings and errors and hand them on as plain text.
function prismLogger(vendor: string, log: ((line: string) => void) | undefined) {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        try {
          const entry = JSON.parse(line) as { level: number; msg: string };
          if (entry.level >= 40) log?.(`[${vendor}] ${entry.msg}`);
        } catch {
          log?.(`[${vendor}] ${line}`);
        }
      }
      done();
    },
  });
  return createLogger(vendor, { level: log ? 'warn' : 'silent' }, sink);
}
