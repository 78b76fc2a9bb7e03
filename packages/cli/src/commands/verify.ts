import { parseArgs } from 'node:util';
import { basePath } from '@ispkit/mock';
import type { Io } from '../io.js';
import { renderJson, renderTable, summarize, summaryLine, wrongBaseUrlHint } from '../report.js';
import { masker, runSession, showUrl } from '../session.js';
import { LIVE_FLAGS, LIVE_USAGE, sessionOptions } from './live-options.js';

export const VERIFY_USAGE = `usage: ispkit verify <vendor> --base-url URL [--key KEY] [options]

Calls every read-only operation of the vendor's API on an installation and compares each
answer with the spec, strictly: status, content type, and body (undeclared fields too).
Prints a table per operation: ok, drift (each JSON pointer, expected and got), error or
skipped. Exit code 0 when every call agrees with the spec, 1 on drift or error.

${LIVE_USAGE}
  --json                the result as JSON on stdout (progress stays on stderr)`;

export async function verify(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...LIVE_FLAGS, json: { type: 'boolean' } },
  });
  if (values.help) {
    io.stdout(`${VERIFY_USAGE}\n`);
    return 0;
  }
  const options = sessionOptions(positionals, values, 'verify', io.env);
  const mask = masker([options.key]);
  const err = (line: string) => io.stderr(`${mask(line)}\n`);
  const results = await runSession(options, `verify ${options.vendor.name} at ${showUrl(options.baseUrl)}`, err);
  const out = values.json
    ? renderJson(options.vendor.name, showUrl(options.baseUrl), results)
    : `${renderTable(results, mask)}\n\n${summaryLine(options.vendor.name, results)}`;
  io.stdout(`${mask(out)}\n`);
  const hint = wrongBaseUrlHint(results, `https://isp.example.com${basePath(options.vendor.spec)}`);
  if (hint) err(hint);
  const counts = summarize(results);
  return counts.drift + counts.error > 0 ? 1 : 0;
}
