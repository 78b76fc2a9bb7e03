import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MAX_DEPTH } from '@ispkit/runtime';
import { CliError } from '../cli-error.js';
import { type Comparison, compareResponse } from '../compare.js';
import type { Io } from '../io.js';
import { count } from '../plural.js';
import { type LiveRecording, liveRecording } from '../recording.js';
import { SanitizeError, Sanitizer } from '../sanitize.js';
import { MODEL_RULES, RECORD_RULES } from '../sanitize-rules.js';
import { masker, runSession, showUrl } from '../session.js';
import { LIVE_FLAGS, LIVE_USAGE, sessionOptions } from './live-options.js';

export const RECORD_USAGE = `usage: ispkit record <vendor> --base-url URL [--key KEY] [--out DIR] [--dry-run] [options]

Makes the calls of \`ispkit verify\` and writes each JSON answer as a recording in the contract
suite's format (<operationId>.<status>.json, provenance "live" with the date and a hash of
the host). Every string and number is replaced by a consistent fake of the same shape unless
the spec marks the field safe (an enum value, or x-ispkit-record: keep); kept text still goes
through the detectors (rule ids: ispkit record --rules). Exit code 1 when a call got no JSON answer.

${LIVE_USAGE}
  --out DIR             where the recordings go (default recordings/<vendor>)
  --dry-run             write nothing; show where values would be replaced, by which rule, and the fakes
  --disable-rule ID     do not apply the detector ID (e.g. ISP-S008); recorded in the provenance
  --rules               list the rules and their ids`;

export async function record(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...LIVE_FLAGS,
      out: { type: 'string' },
      'dry-run': { type: 'boolean' },
      'disable-rule': { type: 'string', multiple: true },
      rules: { type: 'boolean' },
    },
  });
  if (values.help) {
    io.stdout(`${RECORD_USAGE}\n`);
    return 0;
  }
  if (values.rules) {
    for (const rule of RECORD_RULES) io.stdout(`${rule.id}  ${rule.label}${rule.removable ? '' : '  (always on)'}\n`);
    return 0;
  }
  const disabled = disabledRules(values['disable-rule'] ?? []);
  const options = sessionOptions(positionals, values, 'record', io.env);
  const dryRun = values['dry-run'] === true;
  const out = resolve(values.out ?? join('recordings', options.vendor.name));
  const mask = masker([options.key]);
  const say = (line: string) => io.stdout(`${mask(line)}\n`);
  const err = (line: string) => io.stderr(`${mask(line)}\n`);

  const title = `record ${options.vendor.name} at ${showUrl(options.baseUrl)}${dryRun ? ' (dry run, nothing written)' : ` into ${out}`}`;
  const results = await runSession(options, title, err);
  const sanitizer = new Sanitizer([options.key], new Set(disabled));
  if (disabled.length > 0) err(`rules disabled for this run, and so listed in each recording: ${disabled.join(', ')}`);
  const captured = new Date();
  let written = 0;
  let failed = 0;
  for (const result of results) {
    const { operation, exchange, comparison } = result;
    if (!exchange || !comparison || comparison.body === undefined) {
      if (result.result !== 'skipped') failed++;
      say(`${operation.operationId}: not recorded (${result.note ?? whyNotJson(comparison, exchange !== undefined)})`);
      continue;
    }
    let live: LiveRecording;
    try {
      live = liveRecording(operation, result.options ?? {}, exchange, comparison, {
        baseUrl: options.baseUrl,
        captured,
        sanitizer,
        schemas: options.vendor.schemas,
        disabled,
      });
    } catch (error) {
      if (!(error instanceof SanitizeError)) throw error;
      failed++;
      say(`${operation.operationId}: not recorded (${error.message})`);
      continue;
    }
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
    for (const where of live.drift)
      say(`  drift: ${where} is not in the spec; its values were faked (${MODEL_RULES.undeclared.id})`);
    if (dryRun) for (const r of live.replaced) say(`  ${r.where}  ${r.rule} ${r.label}  → ${JSON.stringify(r.fake)}`);
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

/** The ids `--disable-rule` names: each must be a removable rule. */
function disabledRules(ids: string[]): string[] {
  const out = new Set<string>();
  for (const raw of ids.flatMap((id) => id.split(','))) {
    const id = raw.trim().toUpperCase();
    const rule = RECORD_RULES.find((r) => r.id === id);
    if (!rule) throw new CliError(`unknown rule "${raw}" in --disable-rule; ispkit record --rules lists them`);
    if (!rule.removable) throw new CliError(`rule ${rule.id} (${rule.label}) is always on and cannot be disabled`);
    out.add(rule.id);
  }
  return [...out].sort();
}

/** Why an answer gave no body to record: none came, it nests too deep to walk, or it is not JSON. */
function whyNotJson(comparison: Comparison | undefined, answered: boolean): string {
  if (!answered) return 'no answer';
  const deep = comparison?.issues.find((issue) => issue.where === 'body' && issue.got === 'deeper');
  return deep ? `the answer nests deeper than ${MAX_DEPTH} levels` : 'the answer is not JSON';
}
