import { deepStrictEqual } from 'node:assert';
import { loadRecordings } from '@ispkit/mock';
import { createSmartIspClient } from '@ispkit/smartisp';
import createClient from 'openapi-fetch';
import type { paths } from '../../generated/smartisp.js';
import { generatedSmartIspCalls } from '../generated-client.js';
import { interleavedRounds } from '../rounds.js';
import type { Section, SectionResult } from '../section.js';
import { spawnServer } from '../spawn-server.js';
import { formatBytes, formatMs, formatRatio, median, pairedRatios } from '../stats.js';

const apiKey = 'bench-key';
const operations = ['getPlans', 'getUser', 'listClients'] as const;
type OperationId = (typeof operations)[number];
const contenders = [
  'raw fetch',
  'openapi-fetch',
  'hey-api call, no runtime',
  'ispkit, validation off',
  'ispkit, validation on',
] as const;
type Contender = (typeof contenders)[number];
const ROUNDS = 7;
const TIME = 150;
const TARGET_OFF = 1.1;
const TARGET_ON = 1.5;
const targets: Partial<Record<Contender, number>> = { 'ispkit, validation off': TARGET_OFF, 'ispkit, validation on': TARGET_ON };

export const overhead: Section = {
  name: 'overhead',
  async run(log): Promise<SectionResult> {
    const recordings = loadRecordings('smartisp');
    const recording = (id: OperationId) => recordings.find((r) => r.operationId === id && r.response.status === 200)!;
    const dni = String(recording('getUser').request.options!.path!.dni);
    const clientsQuery = recording('listClients').request.options!.query as { status: 'ac'; per_page: number; page: number };

    const server = await spawnServer('recordings', 'smartisp');
    try {
      const { baseUrl } = server;
      const rawUrls: Record<OperationId, string> = {
        getPlans: `${baseUrl}/plans`,
        getUser: `${baseUrl}/get-user/${encodeURIComponent(dni)}`,
        listClients: `${baseUrl}/clients?${new URLSearchParams(Object.entries(clientsQuery).map(([k, v]) => [k, String(v)]))}`,
      };
      const raw = (id: OperationId) => () =>
        fetch(rawUrls[id], { headers: { 'X-Authorization': apiKey } }).then((response) => response.json());

      const openapi = createClient<paths>({ baseUrl, headers: { 'X-Authorization': apiKey } });
      const data = <T>(result: { data?: T; error?: unknown }) => {
        if (result.data === undefined) throw new Error(`openapi-fetch returned an error: ${JSON.stringify(result.error)}`);
        return result.data;
      };
      const viaOpenapiFetch: Record<OperationId, () => Promise<unknown>> = {
        getPlans: () => openapi.GET('/plans').then(data),
        getUser: () => openapi.GET('/get-user/{dni}', { params: { path: { dni } } }).then(data),
        listClients: () => openapi.GET('/clients', { params: { query: clientsQuery } }).then(data),
      };

      const generated = await generatedSmartIspCalls(baseUrl, apiKey);
      const viaGenerated: Record<OperationId, () => Promise<unknown>> = {
        getPlans: generated.call('getPlans', {}),
        getUser: generated.call('getUser', { path: { dni } }),
        listClients: generated.call('listClients', { query: clientsQuery }),
      };

      let drift = 0;
      const ispkit = (validation: 'off' | 'warn') => {
        const client = createSmartIspClient({ baseUrl, apiKey, validation, onDrift: () => drift++ });
        return {
          getPlans: () => client.getPlans(),
          getUser: () => client.getUser({ path: { dni } }),
          listClients: () => client.listClients({ query: clientsQuery }),
        } satisfies Record<OperationId, () => Promise<unknown>>;
      };
      const off = ispkit('off');
      const on = ispkit('warn');

      const calls = Object.fromEntries(
        operations.map((id) => [
          id,
          {
            'raw fetch': raw(id),
            'openapi-fetch': viaOpenapiFetch[id],
            'hey-api call, no runtime': viaGenerated[id],
            'ispkit, validation off': off[id],
            'ispkit, validation on': on[id],
          },
        ]),
      ) as Record<OperationId, Record<Contender, () => Promise<unknown>>>;

      // Every contender must bring back the recorded body, or the comparison means nothing.
      for (const id of operations) {
        for (const contender of contenders) {
          const body = await calls[id][contender]();
          deepStrictEqual(body, recording(id).response.body, `${contender} ${id}: not the recorded body`);
        }
      }

      const tasks: Record<string, () => Promise<unknown>> = {};
      for (const id of operations) for (const contender of contenders) tasks[`${id}|${contender}`] = calls[id][contender];
      log(`overhead: ${ROUNDS} interleaved rounds of ${Object.keys(tasks).length} tasks, ${TIME} ms each`);
      const p50 = await interleavedRounds(tasks, {
        rounds: ROUNDS,
        time: TIME,
        onRound: (r) => log(`overhead: round ${r}/${ROUNDS}`),
      });
      if (drift) throw new Error(`the client reported drift ${drift} times on recorded bodies`);

      const rows: string[][] = [];
      const notes: string[] = [];
      const misses: { id: OperationId; mode: string; ratio: number; target: number; extra: number }[] = [];
      // Median extra time over raw fetch per call, by contender and operation: where the overhead comes from.
      const extra = (id: OperationId, contender: Contender) =>
        median(p50[`${id}|${contender}`]!.map((v, i) => v - p50[`${id}|raw fetch`]![i]!));
      for (const id of operations) {
        const base = p50[`${id}|raw fetch`]!;
        const cells = contenders.map((contender) => {
          const own = p50[`${id}|${contender}`]!;
          if (contender === 'raw fetch') return formatMs(median(own));
          const ratio = median(pairedRatios(own, base));
          const target = targets[contender];
          if (target && ratio > target) misses.push({ id, mode: contender, ratio, target, extra: extra(id, contender) });
          return `${formatMs(median(own))} (${formatRatio(ratio)})`;
        });
        rows.push([id, formatBytes(JSON.stringify(recording(id).response.body).length), ...cells]);
      }

      notes.push(
        `Targets: ≤ ${formatRatio(TARGET_OFF)} raw fetch with validation off, ≤ ${formatRatio(TARGET_ON)} with it on. ` +
          (misses.length
            ? `Missed: ${misses
                .map(
                  (m) =>
                    `${m.id} ${m.mode.replace('ispkit, ', '')} ${formatRatio(m.ratio)}, ${Math.round((m.ratio / m.target - 1) * 100)}% ` +
                    `over the ${formatRatio(m.target)} target (+${formatMs(m.extra)} per call)`,
                )
                .join('; ')}.`
            : 'Met for every operation.'),
      );
      if (misses.length) {
        const share = (contender: Contender) => formatMs(median(operations.map((id) => extra(id, contender))));
        const runtimeShare = formatMs(
          median(operations.map((id) => extra(id, 'ispkit, validation off') - extra(id, 'hey-api call, no runtime'))),
        );
        notes.push(
          'Why: over loopback a whole call takes a few tenths of a millisecond, so any fixed per-call work shows as a large ratio. ' +
            `With validation off ispkit adds ${share('ispkit, validation off')} per call (median over the operations): ` +
            `${share('hey-api call, no runtime')} is the generated hey-api call itself (its column: it builds a \`Request\` from the ` +
            'path template, query and auth, and runs its interceptor chain and body parsing), and ' +
            `${runtimeShare} is the runtime: each attempt gets its own \`AbortController\` and timer for the timeout (and a copy of ` +
            'the request when it has a body and a retry may follow), the body is read once under the timeout, counted against ' +
            '`maxResponseBytes` as it streams and checked for depth, and parsed once by the runtime (hey-api gets an empty `Response`) ' +
            'so that an HTML page or truncated JSON is reported as such. Validation on adds the drift check ' +
            `(${share('ispkit, validation on')} over raw fetch in all; the check alone is in Validation cost). Against a vendor ` +
            'over the internet, where a call takes tens to hundreds of milliseconds, these fractions of a millisecond are lost in the noise.',
        );
      }
      return {
        title: 'Per-call overhead',
        method:
          `\`@ispkit/smartisp\` against a plain node:http server (its own process) serving the recordings over loopback; raw \`fetch\` + ` +
          '`res.json()` on the same URLs; openapi-fetch with openapi-typescript types generated from the same spec at bench time; and ' +
          "the client's generated hey-api functions called without the ispkit runtime, to show whose cost is whose. " +
          `Median latency of ${ROUNDS} interleaved tinybench rounds; ratios to raw fetch are the median of the per-round ratios. ` +
          '"Validation on" is `warn`, the default (`strict` runs the same check).',
        tables: [{ header: ['operation', 'body', ...contenders], rows }],
        notes,
      };
    } finally {
      await server.stop();
    }
  },
};
