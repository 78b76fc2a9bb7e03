import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { DETECTORS, detect } from './detectors.js';
import { scanAllowFile } from './files.js';

/** A value the detectors find that is known not to be anyone's: the vendor documentation's own dummy values. */
export interface AllowEntry {
  rule: string;
  value: string;
  /** Why it may stay: where the vendor docs print it. */
  why: string;
}

export interface ScanHit {
  /** A JSON pointer (`/response/body/user/phone`), with `(key)` when the finding is in a key. */
  where: string;
  rule: string;
  label: string;
}

export interface ScanOptions {
  allow?: readonly AllowEntry[];
  /** Rules not applied (a recording's `provenance.rulesDisabled`). */
  disabled?: ReadonlySet<string>;
}

/**
 * Every finding of the detectors in a JSON value, in its strings, its numbers and its keys, minus
 * the allow-listed ones. The walk keeps its own stack: any depth of nesting is scanned.
 */
export function scanValue(root: unknown, options: ScanOptions = {}): ScanHit[] {
  const hits: ScanHit[] = [];
  const allowed = new Set((options.allow ?? []).map((entry) => `${entry.rule} ${entry.value}`));
  const check = (text: string, where: string) => {
    for (const finding of detect(text, options.disabled)) {
      if (!allowed.has(`${finding.rule} ${finding.value}`)) hits.push({ where, rule: finding.rule, label: finding.label });
    }
  };
  const stack: [unknown, string][] = [[root, '']];
  while (stack.length > 0) {
    const [value, where] = stack.pop()!;
    if (typeof value === 'string') check(value, where || '/');
    else if (typeof value === 'number') check(String(value), where || '/');
    else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], `${where}/${i}`]);
    } else if (typeof value === 'object' && value !== null) {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, item] = entries[i]!;
        const pointer = `${where}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        check(key, `${pointer} (key)`);
        stack.push([item, pointer]);
      }
    }
  }
  return hits;
}

/** The rules a recording says were removed when it was made (`ispkit record --disable-rule`). */
export function disabledRules(recording: unknown): Set<string> {
  const listed = (recording as { provenance?: { rulesDisabled?: unknown } } | null)?.provenance?.rulesDisabled;
  return new Set(Array.isArray(listed) ? listed.filter((id): id is string => typeof id === 'string') : []);
}

let cachedAllowList: { file: string; entries: AllowEntry[] } | undefined;

/** The repository's allow-list (`contract-tests/scan-allow.yaml`), or the one in `file`. */
export function loadAllowList(file = scanAllowFile()): AllowEntry[] {
  if (cachedAllowList?.file === file) return cachedAllowList.entries;
  const entries = existsSync(file) ? parseAllowList(readFileSync(file, 'utf8'), file) : [];
  cachedAllowList = { file, entries };
  return entries;
}

export function parseAllowList(text: string, file: string): AllowEntry[] {
  const parsed = parse(text) as unknown;
  const list = (parsed as { allow?: unknown } | null)?.allow ?? [];
  if (!Array.isArray(list)) throw new Error(`${file}: "allow" must be a list`);
  const ids = new Set(DETECTORS.map((d) => d.id));
  return list.map((entry, i) => {
    const { rule, value, why } = (entry ?? {}) as Record<string, unknown>;
    if (typeof rule !== 'string' || !ids.has(rule)) throw new Error(`${file}: allow[${i}].rule must be a detector id`);
    if (typeof value !== 'string' && typeof value !== 'number') throw new Error(`${file}: allow[${i}].value must be the value`);
    if (typeof why !== 'string' || why.trim() === '') throw new Error(`${file}: allow[${i}].why must say why it may stay`);
    return { rule, value: String(value), why };
  });
}

/** Thrown when a recording holds what the detectors find: the mock and the contract suite do not load it. */
export class RecordingScanError extends Error {
  constructor(
    readonly file: string,
    readonly hits: readonly ScanHit[],
  ) {
    const shown = hits.slice(0, 5).map((h) => `${h.where} (${h.rule} ${h.label})`);
    super(
      `${file} holds ${hits.length} ${hits.length === 1 ? 'value that looks' : 'values that look'} like personal data or secrets: ${shown.join(', ')}${hits.length > 5 ? ', …' : ''}; run ispkit scan, then fake them or allow-list the vendor documentation's dummy values`,
    );
    this.name = 'RecordingScanError';
  }
}

/** Throws a RecordingScanError when the recording fails the scan. */
export function assertRecordingClean(file: string, recording: unknown, allow: readonly AllowEntry[] = loadAllowList()): void {
  const hits = scanValue(recording, { allow, disabled: disabledRules(recording) });
  if (hits.length > 0) throw new RecordingScanError(file, hits);
}
