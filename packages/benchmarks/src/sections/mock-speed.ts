import { deepStrictEqual } from 'node:assert';
import { loadRecordings } from '@ispkit/mock';
import autocannon from 'autocannon';
import type { Section, SectionResult } from '../section.js';
import { spawnServer } from '../spawn-server.js';
import { formatBytes, formatMs } from '../stats.js';

const CONNECTIONS = 10;
const WARMUP_SECONDS = 1;
const SECONDS = 5;
const servers = [
  { kind: 'prism', label: 'Prism mock (`@ispkit/mock`, request validation on)' },
  { kind: 'recordings', label: 'plain node:http server' },
] as const;

interface Load {
  perSecond: number;
  p50: number;
  p99: number;
  failures: number;
}

/** A fixed-length autocannon run; latencies come from its per-response events, which keep sub-millisecond precision. */
async function load(url: string, seconds: number): Promise<Load> {
  const latencies: number[] = [];
  let failures = 0;
  const run = autocannon({ url, connections: CONNECTIONS, duration: seconds, headers: { 'X-Authorization': 'bench-key' } });
  (run as unknown as autocannon.Instance).on('response', (_client, status, _bytes, ms) => {
    if (status >= 200 && status < 300) latencies.push(ms);
    else failures++;
  });
  const result = await run;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
  return { perSecond: latencies.length / result.duration, p50: at(0.5), p99: at(0.99), failures: failures + result.errors };
}

export const mockSpeed: Section = {
  name: 'mock',
  async run(log): Promise<SectionResult> {
    const recording = loadRecordings('smartisp').find((r) => r.operationId === 'getPlans' && r.response.status === 200)!;
    const rows: string[][] = [];
    const loads: Load[] = [];
    for (const { kind, label } of servers) {
      log(`mock: starting the ${kind} server`);
      const server = await spawnServer(kind, 'smartisp');
      try {
        const url = `${server.baseUrl}/plans`;
        const response = await fetch(url, { headers: { 'X-Authorization': 'bench-key' } });
        const text = await response.text();
        if (response.status !== 200) throw new Error(`${kind} answered ${response.status}: ${text.slice(0, 120)}`);
        deepStrictEqual(JSON.parse(text), recording.response.body, `${kind}: not the recorded getPlans body`);
        await load(url, WARMUP_SECONDS);
        log(`mock: ${kind}: ${SECONDS} s with ${CONNECTIONS} connections`);
        const measured = await load(url, SECONDS);
        loads.push(measured);
        rows.push([
          label,
          formatBytes(Buffer.byteLength(text)),
          Math.round(measured.perSecond).toLocaleString('en-US'),
          formatMs(measured.p50),
          formatMs(measured.p99),
          String(measured.failures),
        ]);
      } finally {
        await server.stop();
      }
    }
    const [prism, plain] = loads as [Load, Load];
    return {
      title: 'Mock speed',
      method:
        `\`GET /plans\` (the recorded body) over loopback, ${CONNECTIONS} connections for ${SECONDS} s after a ${WARMUP_SECONDS} s ` +
        'warm-up, autocannon in this process and the server in its own; latency percentiles from every 2xx response.',
      tables: [{ header: ['server', 'body', 'requests/s', 'p50', 'p99', 'errors and non-2xx'], rows }],
      notes: [
        `No target. Prism serves ${(plain.perSecond / prism.perSecond).toFixed(1)}× fewer requests per second than the plain server: ` +
          'it validates every request against the spec (credentials included) and picks the example per request. At ' +
          `${Math.round(prism.perSecond).toLocaleString('en-US')} requests/s it is far from limiting a test suite or an app in development.`,
      ],
    };
  },
};
