import { deepStrictEqual } from 'node:assert';
import { loadRecordings } from '@ispkit/mock';
import { createSmartIspClient } from '@ispkit/smartisp';
import { createSmartIspContext, getPlans, getUser, listClients } from '@ispkit/smartisp/operations';
import createClient from 'openapi-fetch';
import type { paths } from '../../generated/smartisp.js';
import { alternatingRounds } from '../rounds.js';
import type { Section, SectionResult } from '../section.js';
import { spawnServer } from '../spawn-server.js';
import {
  formatBytes,
  formatMs,
  formatPercent,
  formatRatio,
  formatSummary,
  median,
  pairedRatios,
  spread,
  summarize,
} from '../stats.js';
import { measureSteady } from '../steady.js';

const apiKey = 'bench-key';
const operations = ['getPlans', 'getUser', 'listClients'] as const;
type OperationId = (typeof operations)[number];
const contenders = [
  'raw fetch',
  'openapi-fetch',
  'ispkit operation, validation off',
  'ispkit, validation off',
  'ispkit, validation on',
] as const;
type Contender = (typeof contenders)[number];
const ROUNDS = 7;
const TIME = 150;
/** Validation off may cost at most this much more than openapi-fetch, in multiples of raw fetch. */
const MARGIN_OFF = 0.1;
const TARGET_ON = 1.5;
/** An operation whose rounds disagree by more than this is measured again, at most `MAX_RERUNS` times. */
const SPREAD_LIMIT = 0.15;
const MAX_RERUNS = 2;
/** The pair whose ratio decides the validation-off target, reported round by round. */
const PAIR = 'ispkit off ÷ openapi-fetch';

/**
 * What a row reports, round by round: raw fetch's latency, every other contender's ratio to it in
 * the same round, and ispkit's ratio to openapi-fetch. These are what must be steady.
 */
function reported(rounds: Record<string, number[]>): [string, number[]][] {
  const base = rounds['raw fetch']!;
  return [
    ['raw fetch', base],
    ...contenders.filter((c) => c !== 'raw fetch').map((c): [string, number[]] => [c, pairedRatios(rounds[c]!, base)]),
    [PAIR, pairedRatios(rounds['ispkit, validation off']!, rounds['openapi-fetch']!)],
  ];
}

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

      // The same calls through the standalone operations (`@ispkit/smartisp/operations`): what an app importing one pays.
      const context = createSmartIspContext({ baseUrl, apiKey, validation: 'off' });
      const viaOperations: Record<OperationId, () => Promise<unknown>> = {
        getPlans: () => getPlans(context),
        getUser: () => getUser(context, { path: { dni } }),
        listClients: () => listClients(context, { query: clientsQuery }),
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
            'ispkit operation, validation off': viaOperations[id],
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

      log(`overhead: per operation, ${ROUNDS} rounds alternating ${contenders.length} contenders call by call, ${TIME} ms each`);
      const measured = await measureSteady(
        operations,
        (id) =>
          alternatingRounds(calls[id as OperationId], {
            rounds: ROUNDS,
            time: TIME,
            onRound: (r) => log(`overhead: ${id} round ${r}/${ROUNDS}`),
          }),
        (rounds) => reported(rounds).map(([, values]) => values),
        {
          limit: SPREAD_LIMIT,
          maxReruns: MAX_RERUNS,
          onRerun: (id, attempt, worst) =>
            log(`overhead: ${id} spread ${formatPercent(worst)} over ${formatPercent(SPREAD_LIMIT)}, attempt ${attempt}`),
        },
      );
      if (drift) throw new Error(`the client reported drift ${drift} times on recorded bodies`);
      const p50 = (id: OperationId) => measured[id]!.rounds as Record<Contender, number[]>;

      const rows: string[][] = [];
      const pairRows: string[][] = [];
      const notes: string[] = [];
      const misses: { id: OperationId; mode: string; ratio: number; target: number; extra: number }[] = [];
      // Median extra time over raw fetch per call, by contender and operation: where the overhead comes from.
      const extra = (id: OperationId, contender: Contender) =>
        median(p50(id)[contender].map((v, i) => v - p50(id)['raw fetch'][i]!));
      for (const id of operations) {
        const row = measured[id]!;
        const series = Object.fromEntries(reported(row.rounds)) as Record<string, number[]>;
        const attempts = `${row.attempts}${row.noisy ? ', still noisy' : ''}`;
        for (const contender of contenders) {
          const own = p50(id)[contender];
          const ratio = contender === 'raw fetch' ? '' : formatSummary(summarize(series[contender]!), formatRatio);
          rows.push([
            contender === 'raw fetch' ? id : '',
            contender === 'raw fetch' ? formatBytes(JSON.stringify(recording(id).response.body).length) : '',
            contender,
            formatSummary(summarize(own), formatMs),
            ratio,
            formatPercent(spread(series[contender]!)),
            contender === 'raw fetch' ? attempts : '',
          ]);
        }
        const fetchRatio = median(series['openapi-fetch']!);
        const offRatio = median(series['ispkit, validation off']!);
        const onRatio = median(series['ispkit, validation on']!);
        if (offRatio > fetchRatio + MARGIN_OFF) {
          misses.push({
            id,
            mode: 'validation off',
            ratio: offRatio,
            target: fetchRatio + MARGIN_OFF,
            extra: extra(id, 'ispkit, validation off'),
          });
        }
        if (onRatio > TARGET_ON)
          misses.push({
            id,
            mode: 'validation on',
            ratio: onRatio,
            target: TARGET_ON,
            extra: extra(id, 'ispkit, validation on'),
          });
        const perRound = series[PAIR]!;
        pairRows.push([
          id,
          perRound.map((ratio) => ratio.toFixed(2)).join(' '),
          formatRatio(median(perRound)),
          formatPercent(spread(perRound)),
          `${formatRatio(fetchRatio)} / ${formatRatio(offRatio)}`,
          offRatio > fetchRatio + MARGIN_OFF ? `missed by ${(offRatio - fetchRatio - MARGIN_OFF).toFixed(2)}` : 'met',
        ]);
      }
      const noisy = operations.filter((id) => measured[id]!.noisy);

      notes.push(
        `Targets: with validation off, ≤ openapi-fetch's ratio to raw fetch + ${MARGIN_OFF.toFixed(2)} (both measured in the same rounds); ` +
          `with it on, ≤ ${formatRatio(TARGET_ON)} raw fetch. ` +
          (misses.length
            ? `Missed: ${misses
                .map(
                  (m) =>
                    `${m.id} ${m.mode} ${formatRatio(m.ratio)} against ${formatRatio(m.target)} (+${formatMs(m.extra)} per call over raw fetch)`,
                )
                .join('; ')}.`
            : 'Met for every operation.'),
      );
      notes.push(
        `Spread is (max − min) / median across the rounds of the row. An operation whose largest spread was over ${formatPercent(SPREAD_LIMIT)} ` +
          `was measured again, up to ${MAX_RERUNS} more times, and its steadiest attempt kept ("attempts"). ` +
          (noisy.length
            ? `${noisy.join(', ')} stayed noisy after every attempt: the machine was busy, so read its ranges, not only its medians.`
            : `Every operation ended within ${formatPercent(SPREAD_LIMIT)}.`),
      );
      return {
        title: 'Per-call overhead',
        method:
          `\`@ispkit/smartisp\` against a plain node:http server (its own process) serving the recordings over loopback; raw \`fetch\` + ` +
          '`res.json()` on the same URLs; openapi-fetch with openapi-typescript types generated from the same spec at bench time; and ' +
          'the same operations imported one by one from `@ispkit/smartisp/operations` and called with a context. ' +
          `Each operation: ${ROUNDS} rounds of ${TIME} ms per contender, each round a series of sweeps that call every contender once, ` +
          "the order rotated from sweep to sweep, so that contenders share the machine's state call by call; a round gives each " +
          'contender its median call time and its ratio to raw fetch in that round. ' +
          'Cells are the median across rounds with the min–max range in brackets. ' +
          '"Validation on" is `warn`, the default (`strict` runs the same check).',
        tables: [
          {
            header: ['operation', 'body', 'contender', 'per call', '× raw fetch', 'spread', 'attempts'],
            rows,
          },
          {
            header: ['operation', `${PAIR}, per round`, 'median', 'spread', 'openapi-fetch / ispkit off, × raw fetch', 'target'],
            rows: pairRows,
          },
        ],
        notes,
      };
    } finally {
      await server.stop();
    }
  },
};
