import { buildMeta } from '@ispkit/codegen';
import { loadRecordings, loadSpec } from '@ispkit/mock';
import { validate } from '@ispkit/runtime';
import { createSmartIspClient, type ValidationMode } from '@ispkit/smartisp';
import { interleavedRounds } from '../rounds.js';
import type { Section, SectionResult } from '../section.js';
import { spawnServer } from '../spawn-server.js';
import { formatBytes, formatMs, formatSummary, median, summarize } from '../stats.js';

// SmartISP's largest documented bodies: what drift detection costs, to choose its default.
const largest = ['getPaidInvoices', 'getUser', 'getPlans'] as const;
const modes: ValidationMode[] = ['off', 'warn', 'strict'];
const ROUNDS = 5;

export const validation: Section = {
  name: 'validation',
  async run(log): Promise<SectionResult> {
    const meta = buildMeta(loadSpec('smartisp'));
    const recordings = loadRecordings('smartisp');
    const body = (id: string) => recordings.find((r) => r.operationId === id && r.response.status === 200)!.response.body;

    const checks: Record<string, () => void> = {};
    for (const id of largest) {
      const schema = meta.operations[id]!.responses['200']!;
      const value = body(id);
      checks[id] = () => {
        if (validate(schema, value, meta.schemas).length) throw new Error(`${id}: the recording drifted`);
      };
    }
    log(`validation: the check alone, ${ROUNDS} rounds`);
    const alone = await interleavedRounds(checks, { rounds: ROUNDS, time: 100 });

    const server = await spawnServer('recordings', 'smartisp');
    let calls: Record<string, number[]>;
    try {
      const tasks: Record<string, () => Promise<unknown>> = {};
      for (const mode of modes) {
        const client = createSmartIspClient({ baseUrl: server.baseUrl, apiKey: 'bench-key', validation: mode });
        tasks[mode] = () => client.getPaidInvoices({ path: { userId: 1 } });
      }
      log(`validation: whole getPaidInvoices calls in each mode, ${ROUNDS} rounds`);
      calls = await interleavedRounds(tasks, { rounds: ROUNDS, time: 200 });
    } finally {
      await server.stop();
    }

    const size = (id: string) => JSON.stringify(body(id)).length;
    const offMs = median(calls.off!);
    return {
      title: 'Validation cost',
      method:
        "The runtime's drift check (`validate`) alone on SmartISP's largest documented bodies, then whole `getPaidInvoices` calls " +
        `over loopback in each validation mode. Median latency of ${ROUNDS} interleaved tinybench rounds, min–max in brackets.`,
      tables: [
        {
          header: ['drift check alone', 'body', 'per check'],
          rows: largest.map((id) => [id, formatBytes(size(id)), formatSummary(summarize(alone[id]!), formatMs)]),
        },
        {
          header: [`whole getPaidInvoices call (${formatBytes(size('getPaidInvoices'))})`, 'per call', 'extra over off'],
          rows: modes.map((mode) => {
            const ms = median(calls[mode]!);
            return [
              `validation ${mode}`,
              formatSummary(summarize(calls[mode]!), formatMs),
              mode === 'off' ? '' : `${formatMs(ms - offMs)}`,
            ];
          }),
        },
      ],
      notes: [
        'No target: the numbers are the reason `warn` is the default (see the runtime README). A check costs a fraction of a loopback call ' +
          'and nothing measurable next to a call over the internet.',
      ],
    };
  },
};
