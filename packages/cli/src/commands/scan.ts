import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type AllowEntry, disabledRules, loadAllowList, parseAllowList, repoRoot, scanValue } from '@ispkit/mock';
import { parse } from 'yaml';
import { CliError } from '../cli-error.js';
import type { Io } from '../io.js';

/** What `ispkit scan` looks at without paths: everything the repository ships as data. */
export const DEFAULT_SCAN_PATHS = ['contract-tests/recordings', 'specs', 'packages/release-checks/fixtures'];

export const SCAN_USAGE = `usage: ispkit scan [path...] [--allow FILE]

Looks for personal data and secrets in recordings, fixtures and examples (JSON and YAML files,
folders walked) with the detectors of ispkit record (ispkit record --rules lists them), and
prints each finding as file#pointer and rule id, never the value. Without paths, scans
${DEFAULT_SCAN_PATHS.join(', ')}. A recording's provenance.rulesDisabled is honoured.
Exit code 1 when something is found that the allow-list does not name.

Options:
  --allow FILE          the allow-list of the vendor documentation's dummy values
                        (default contract-tests/scan-allow.yaml of the repository)`;

export async function scan(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { allow: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout(`${SCAN_USAGE}\n`);
    return 0;
  }
  const allow = allowList(values.allow);
  const roots = positionals.length > 0 ? positionals.map((p) => resolve(p)) : DEFAULT_SCAN_PATHS.map((p) => join(repoRoot, p));
  const files = roots.flatMap((root) => filesUnder(root));
  let hits = 0;
  for (const file of files) {
    let document: unknown;
    try {
      const text = readFileSync(file, 'utf8');
      document = file.endsWith('.json') ? JSON.parse(text) : parse(text, { maxAliasCount: 100 });
    } catch (error) {
      throw new CliError(`cannot read ${file}: ${(error as Error).message.split('\n')[0]}`);
    }
    for (const hit of scanValue(document, { allow, disabled: disabledRules(document) })) {
      hits++;
      io.stdout(`${relative(process.cwd(), file) || file}#${hit.where}  ${hit.rule} ${hit.label}\n`);
    }
  }
  io.stderr(`scanned ${files.length} files: ${hits === 0 ? 'nothing found' : `${hits} findings`}\n`);
  return hits > 0 ? 1 : 0;
}

function allowList(file: string | undefined): AllowEntry[] {
  try {
    return file === undefined ? loadAllowList() : parseAllowList(readFileSync(file, 'utf8'), file);
  } catch (error) {
    throw new CliError(`bad allow-list: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** The JSON and YAML files at `root`, a file or a folder (walked without following links into node_modules). */
function filesUnder(root: string): string[] {
  const out: string[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const path = stack.pop()!;
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(path);
    } catch {
      throw new CliError(`no such file or folder: ${path}`);
    }
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort().reverse()) if (name !== 'node_modules') stack.push(join(path, name));
    } else if (path === root || /\.(?:json|ya?ml)$/.test(path)) out.push(path);
  }
  return out;
}
