import { Writable } from 'node:stream';
import { createLogger } from '@stoplight/prism-core';
import { getHttpOperationsFromSpec } from '@stoplight/prism-http';
import { createServer } from '@stoplight/prism-http-server';
import { buildMockDocument } from './mock-document.js';
import { loadRecordings } from './recordings.js';
import { basePath, loadSpec } from './spec.js';
import { findVendor, type VendorName } from './vendors.js';

export interface MockOptions {
  /** The port to listen on: the vendor's own by default (smartisp 4010, …), 0 for any free port. */
  port?: number;
  /** The address to listen on, 127.0.0.1 by default. */
  host?: string;
  /** Receives one line per Prism warning or error (request violations, bad examples). */
  log?: (line: string) => void;
}

export interface RunningMock {
  vendor: VendorName;
  /** The API root a client is given as its base URL, e.g. `http://127.0.0.1:4010/api/SmartIPS-v1`. */
  url: string;
  /** How many operations the mock serves. */
  operations: number;
  /** How many recordings it answers with. */
  examples: number;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

/**
 * Starts an in-process Prism mock of one vendor's spec, answering with the recordings and validating every
 * request. Rejects with an Error naming the problem: an unknown vendor, a port in use, an address it cannot
 * listen on.
 */
export async function startMock(vendorName: string, options: MockOptions = {}): Promise<RunningMock> {
  const vendor = findVendor(vendorName);
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
  const port = options.port ?? vendor.port;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`port must be an integer from 0 to 65535, got ${port}`);
  let address: string;
  try {
    address = await server.listen(port, host);
  } catch (error) {
    throw listenError(error, host, port);
  }
  return {
    vendor: vendor.name,
    url: address.replace(/\/+$/, '') + basePath(spec),
    operations: operations.length,
    examples: recordings.filter((r) => !r.knownDocsError).length,
    close: () => server.close(),
  };
}

/**
 * Prism's listen rejects with the message of the server's error, a bare string ("listen EADDRINUSE: address
 * already in use 127.0.0.1:4010", "getaddrinfo ENOTFOUND no.such.host"): the code is read from it.
 */
function listenError(error: unknown, host: string, port: number): Error {
  const detail = error instanceof Error ? error.message : String(error);
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? /\b(E[A-Z_]{3,})\b/.exec(detail)?.[1];
  const at = `${host}:${port}`;
  const reasons: Record<string, string> = {
    EADDRINUSE: `port ${port} is already in use on ${host}`,
    EACCES: `no permission to listen on port ${port}`,
    EADDRNOTAVAIL: `${host} is not an address of this machine`,
    ENOTFOUND: `invalid host "${host}"`,
    EAI_AGAIN: `invalid host "${host}"`,
    EAI_FAIL: `invalid host "${host}"`,
  };
  const reason = code ? reasons[code] : undefined;
  const wrapped = new Error(reason ?? `cannot listen on ${at}: ${detail}`) as NodeJS.ErrnoException;
  if (code) wrapped.code = code;
  return wrapped;
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
