import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CliError } from '../cli-error.js';
import { compareResponse } from '../compare.js';
import type { Io } from '../io.js';
import { count } from '../plural.js';
import { liveRecording } from '../recording.js';
import { Sanitizer } from '../sanitize.js';
import { masker, runSession, showUrl } from '../session.js';
import { LIVE_FLAGS, LIVE_USAGE, sessionOptions } from './live-options.js';

export const RECORD_USAGE = `usage: ispkit record <vendor> --base-url URL [--key KEY] [--out DIR] [--dry-run] [options]

Makes the calls of \`ispkit verify\` and writes each JSON answer as a recording in the contract
suite's format (<operationId>.<status>.json, provenance "live" with the date and a hash of
the host), after replacing credentials and personal data by consistent fakes of the same
shape (the rules: @ispkit/cli/sanitize-rules). Exit code 1 when a call got no JSON answer.

${LIVE_USAGE}
  --out DIR             where the recordings go (default recordings/<vendor>)
  --dry-run             write nothing; show what would be written and replaced`;

export async function record(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...LIVE_FLAGS, out: { type: 'string' }, 'dry-run': { type: 'boolean' } },
  });
  if (values.help) {
    io.stdout(`${RECORD_USAGE}\n`);
    return 0;
  }
  const options = sessionOptions(positionals, values, 'record', io.env);
  const dryRun = values['dry-run'] === true;
  const out = resolve(values.out ?? join('recordings', options.vendor.name));
  const mask = masker([options.key]);
  const say = (line: string) => io.stdout(`${mask(line)}\n`);
  const err = (line: string) => io.stderr(`${mask(line)}\n`);

  const title = `record ${options.vendor.name} at ${showUrl(options.baseUrl)}${dryRun ? ' (dry run, nothing written)' : ` into ${out}`}`;
  const results = await runSession(options, title, err);
  const sanitizer = new Sanitizer(undefined, [options.key]);
  const captured = new Date();
  let written = 0;
  let failed = 0;
  for (const result of results) {
    const { operation, exchange, comparison } = result;
    if (!exchange || !comparison || comparison.body === undefined) {
      if (result.result !== 'skipped') failed++;
      say(`${operation.operationId}: not recorded (${result.note ?? (exchange ? 'the answer is not JSON' : 'no answer')})`);
      continue;
    }
    const live = liveRecording(operation, result.options ?? {}, exchange, comparison, {
      baseUrl: options.baseUrl,
      captured,
      sanitizer,
    });
    // The sanitized body must still be what the spec describes, or the fakes changed its shape.
    const after = compareResponse(options.vendor.schemas, operation, {
      status: exchange.status,
      contentType: live.recording.response.contentType,
      text: JSON.stringify(live.recording.response.body),
    });
    const agreement =
      after.issues.length === 0 ? 'matches the spec' : `${count(after.issues.length, 'drift issue')} (see ispkit verify)`;
    const file = join(out, `${live.name}.json`);
    say(`${dryRun ? 'would write' : 'wrote'} ${file}: ${count(live.replaced.length, 'value')} replaced, ${agreement}`);
    if (dryRun) for (const r of live.replaced) say(`  ${r.where}  (${r.label})  → ${JSON.stringify(r.fake)}`);
    else {
      try {
        mkdirSync(out, { recursive: true });
        writeFileSync(file, `${JSON.stringify(live.recording, null, 2)}\n`);
      } catch (error) {
        throw new CliError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      }
    }
    written++;
  }
  say(
    `${options.vendor.name}: ${count(written, 'recording')} ${dryRun ? 'would be written' : 'written'}, ${count(failed, 'call')} without a JSON answer`,
  );
  return failed > 0 ? 1 : 0;
}
