import { execFile } from 'node:child_process';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadRecordings } from '@ispkit/mock';
import { packageDir } from '../paths.js';
import type { Section, SectionResult } from '../section.js';

const MiB = 1024 * 1024;

/** One call in a fresh process, which prints its outcome and its peak RSS: the memory a body costs a client. */
const CHILD = `
import { createSmartIspClient } from '@ispkit/smartisp';
const started = performance.now();
const client = createSmartIspClient({ baseUrl: process.argv[1], apiKey: 'bench-key-0123', validation: 'off', maxRetries: 2, timeout: 60000 });
const outcome = await client.getPlans().then(() => 'data', (e) => e.name);
console.log(JSON.stringify({ outcome, ms: performance.now() - started, maxRssKb: process.resourceUsage().maxRSS }));
`;

interface Case {
  label: string;
  /** What the server sends, in bytes; undefined for a body that never ends. */
  size: number | undefined;
  send(response: ServerResponse): void;
}

export const memory: Section = {
  name: 'memory',
  async run(log): Promise<SectionResult> {
    const plans = JSON.stringify(loadRecordings('smartisp').find((r) => r.operationId === 'getPlans')!.response.body);
    // A valid JSON body of `mib` MiB that the client reads and parses whole.
    const padded = (mib: number) => `{"plans":[],"padding":"${'a'.repeat(mib * MiB - 25)}"}`;
    const chunk = Buffer.alloc(MiB, 'a');
    const cases: Case[] = [
      { label: 'a normal body (getPlans)', size: plans.length, send: (res) => json(res).end(plans) },
      ...[1, 32].map((mib): Case => {
        const body = padded(mib);
        return { label: `a ${mib} MiB body`, size: body.length, send: (res) => json(res).end(body) };
      }),
      {
        label: 'an endless body (over the 64 MiB default limit)',
        size: undefined,
        send: (res) => {
          json(res).write('{"padding":"');
          const pump = () => {
            while (!res.destroyed) if (!res.write(chunk)) return void res.once('drain', pump);
          };
          pump();
        },
      },
    ];
    const rows: string[][] = [];
    for (const c of cases) {
      let sent = 0;
      const server = createServer((_, res) => {
        const write = res.write.bind(res);
        res.write = ((data: string | Buffer, ...rest: never[]) => {
          sent += data.length;
          return write(data, ...rest);
        }) as typeof res.write;
        c.send(res);
      });
      await listen(server);
      log(`memory: ${c.label}`);
      try {
        const result = await child(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
        rows.push([
          c.label,
          c.size === undefined ? `endless (${size(sent)} sent)` : size(c.size),
          result.outcome,
          `${Math.round(result.maxRssKb / 1024)} MB`,
          `${Math.round(result.ms)} ms`,
        ]);
      } finally {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      }
    }
    return {
      title: 'Memory',
      method:
        'Peak RSS (`process.resourceUsage().maxRSS`) of a fresh Node.js process making one `getPlans` call through `@ispkit/smartisp` ' +
        '(validation off, default `maxResponseBytes` of 64 MiB, 2 retries) against a node:http server in the benchmark process.',
      tables: [{ header: ['answer', 'body', 'outcome', 'peak RSS', 'time'], rows }],
      notes: [
        'The process itself (Node.js and the client) is the first row; the rows after it give peak RSS against body size. ' +
          'A body costs about twice its size while it is read and ' +
          'decoded; a body over the limit is cut at 64 MiB with a `ResponseTooLargeError`, not retried, and the memory stays ' +
          'bounded whatever the server sends.',
      ],
    };
  },
};

function size(bytes: number): string {
  return bytes < MiB ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / MiB).toFixed(1)} MiB`;
}

function json(res: ServerResponse): ServerResponse {
  return res.writeHead(200, { 'Content-Type': 'application/json' });
}

function listen(server: Server): Promise<void> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
}

function child(baseUrl: string): Promise<{ outcome: string; ms: number; maxRssKb: number }> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--input-type=module', '-e', CHILD, baseUrl],
      { cwd: packageDir, maxBuffer: MiB },
      (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(JSON.parse(stdout))),
    );
  });
}
