import { readFileSync } from 'node:fs';
import { clientFactories } from '@ispkit/cli';
import { ConfigurationError, type Logger } from '@ispkit/runtime';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { FaultServer, json } from '../src/fault-server.js';
import { FAKE_SECRET } from '../src/http.js';
import { selectedNames } from '../src/selection.js';
import { clients } from '../src/vendors.js';

// Logging, default headers and the User-Agent, against a server on 127.0.0.1 that echoes the
// planted credential in its answers and in the URL it redirects to.
let server: FaultServer;
beforeAll(async () => {
  server = await FaultServer.start();
});
afterAll(() => server.close());
afterEach(() => {
  vi.unstubAllEnvs();
});

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const put = (level: string) => (message: string) => lines.push(`${level} ${message}`);
  return { lines, debug: put('debug'), info: put('info'), warn: put('warn'), error: put('error') };
}

describe.each(selectedNames)('%s logging', (name) => {
  it('writes one masked line per attempt at the level ISPKIT_LOG sets', async () => {
    vi.stubEnv('ISPKIT_LOG', 'debug');
    server.answer((_, res, attempt) =>
      attempt === 1 ? json(res, 503, { message: FAKE_SECRET }, { 'Retry-After': '1' }) : json(res, 401, { message: FAKE_SECRET }),
    );
    const logger = recordingLogger();
    const client = clients[name](server.url, fetch, { logger, maxRetries: 1 });
    await client.request!({ method: 'GET', path: `/x/${FAKE_SECRET}`, query: { token: FAKE_SECRET } }).catch(() => undefined);
    expect(server.requests).toHaveLength(2);
    expect(logger.lines).toHaveLength(2);
    expect(logger.lines[0]).toMatch(/^info ispkit request: GET .* attempt 1: HTTP 503 in \d+ ms, retrying$/);
    expect(logger.lines[1]).toMatch(/^warn ispkit request: GET .* attempt 2: HTTP 401 in \d+ ms$/);
    expect(logger.lines.join('\n')).not.toContain(FAKE_SECRET);
  });

  it('logs nothing below the level, and nothing at all without ISPKIT_LOG or a logger', async () => {
    server.answer((_, res) => json(res, 200, {}));
    const spy = vi.spyOn(console, 'info');
    const debug = vi.spyOn(console, 'debug');
    await clients[name](server.url, fetch).request!({ method: 'GET', path: '/x' });
    expect(spy).not.toHaveBeenCalled();
    expect(debug).not.toHaveBeenCalled();
    vi.stubEnv('ISPKIT_LOG', 'warn');
    const logger = recordingLogger();
    await clients[name](server.url, fetch, { logger }).request!({ method: 'GET', path: '/x' });
    expect(logger.lines).toEqual([]);
    spy.mockRestore();
    debug.mockRestore();
  });

  it('refuses an unknown ISPKIT_LOG with a ConfigurationError', () => {
    vi.stubEnv('ISPKIT_LOG', 'verbose');
    expect(() => clients[name](server.url, fetch)).toThrow(ConfigurationError);
  });
});

describe.each(selectedNames)('%s headers', (name) => {
  it('sends its User-Agent, the client defaults and the call headers, the call winning', async () => {
    const seen: Record<string, string | string[] | undefined>[] = [];
    server.answer((req, res) => {
      seen.push(req.headers);
      json(res, 200, {});
    });
    const pkg = new URL(`../../packages/${name}/package.json`, import.meta.url);
    const { version } = JSON.parse(readFileSync(pkg, 'utf8')) as { version: string };
    const client = clients[name](server.url, fetch, { headers: { 'X-Tenant': 'a', 'X-Trace': 'client' } });
    await client.request!({ method: 'GET', path: '/x', headers: { 'X-Trace': 'call' } });
    expect(seen[0]!['user-agent']).toMatch(new RegExp(`^ispkit-${name}/${version.replace(/\./g, '\\.')} \\(Node\\.js/`));
    expect(seen[0]!['x-tenant']).toBe('a');
    expect(seen[0]!['x-trace']).toBe('call');
    await clients[name](server.url, fetch, { headers: { 'User-Agent': 'mine/1' } }).request!({ method: 'GET', path: '/x' });
    expect(seen[1]!['user-agent']).toBe('mine/1');
  });
});

describe.skipIf(!selectedNames.includes('zalultra'))('zalultra token', () => {
  it('accepts a token given with its Bearer prefix once, and refuses a doubled one', async () => {
    const seen: (string | undefined)[] = [];
    server.answer((req, res) => {
      seen.push(req.headers.authorization);
      json(res, 200, {});
    });
    await clientFactories.zalultra(server.url, `Bearer ${FAKE_SECRET}`, {}).request!({ method: 'GET', path: '/x' });
    expect(seen).toEqual([`Bearer ${FAKE_SECRET}`]);
    expect(() => clientFactories.zalultra(server.url, `Bearer Bearer ${FAKE_SECRET}`, {})).toThrow(ConfigurationError);
  });
});
