import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryFiles } from '../src/round-trip/repo-copy.js';
import { readJson, repoRoot } from '../src/workspace.js';

/**
 * The round trip hashes the whole repository (`$TURBO_ROOT$/**`) less what git ignores, and turbo
 * cannot read `.gitignore` for a root glob: the exclusions repeat it by hand. Each way it can drift
 * costs something. An ignored folder that is hashed is written by the run itself, so the next run
 * misses its cache; an exclusion that hides a tracked file lets a change to that file reuse a stale pass.
 */
const ROOT = '$TURBO_ROOT$/';

interface IgnoreRule {
  /** The `.gitignore`'s folder, relative to the repository, '' at the root. */
  dir: string;
  pattern: string;
}

/** Turbo's globs as they are used here (`**`, `*`), as a regular expression over repository paths. */
function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    if (glob.startsWith('**/', i)) {
      out += '(?:.*/)?';
      i += 2;
    } else if (glob.startsWith('/**', i) && i + 3 === glob.length) {
      out += '(?:/.*)?';
      i += 2;
    } else if (glob[i] === '*') out += '[^/]*';
    else out += glob[i]!.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

/**
 * Paths a rule ignores, to try against the exclusions: a pattern with no inner slash ignores at any depth
 * below its `.gitignore`, one ending in a slash ignores a folder (tried with a file inside).
 */
function probes({ dir, pattern }: IgnoreRule): string[] {
  if (/^!|\*\*|[[?\\]/.test(pattern)) throw new Error(`${dir}/.gitignore: teach this test the pattern ${pattern}`);
  const folder = pattern.endsWith('/');
  const core = pattern.replace(/^\/|\/$/g, '');
  const name = core.replace(/\*/g, 'x');
  const prefix = dir ? `${dir}/` : '';
  const places = core.includes('/') || pattern.startsWith('/') ? [name] : [name, `deep/er/${name}`];
  return places.map((place) => `${prefix}${place}${folder ? '/file' : ''}`);
}

/** Whether a repository path is left out by one of the inputs' root exclusions (`!$TURBO_ROOT$/…`). */
function exclusionsOf(inputs: string[]): (path: string) => boolean {
  const exclusions = inputs.filter((i) => i.startsWith(`!${ROOT}`)).map((i) => globToRegExp(i.slice(ROOT.length + 1)));
  return (path) => exclusions.some((re) => re.test(path));
}

/** What the round trip's inputs get wrong: ignored paths it hashes, tracked files it does not. */
function inputGaps(inputs: string[], rules: IgnoreRule[], tracked: string[]): string[] {
  const excluded = exclusionsOf(inputs);
  const gaps: string[] = [];
  for (const rule of rules) {
    for (const path of probes(rule)) {
      if (!excluded(path)) gaps.push(`${path} is ignored by ${rule.dir || '.'}/.gitignore (${rule.pattern}) but hashed`);
    }
  }
  for (const file of tracked) if (excluded(file)) gaps.push(`${file} is tracked but not hashed`);
  return gaps;
}

const git = (...args: string[]) => execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

function ignoreRules(files: string[]): IgnoreRule[] {
  return files
    .filter((file) => file === '.gitignore' || file.endsWith('/.gitignore'))
    .flatMap((file) => {
      const dir = file.replace(/\/?\.gitignore$/, '');
      return readFileSync(join(repoRoot, file), 'utf8')
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith('#'))
        .map((pattern) => ({ dir, pattern }));
    });
}

const roundTripInputs = () =>
  readJson<{ tasks: Record<string, { inputs?: string[] }> }>(join(repoRoot, 'packages/release-checks/turbo.json')).tasks[
    'round-trip'
  ]?.inputs ?? [];

describe('the round trip is cached on exactly what git keeps', () => {
  // What the round trip copies: each of these must be hashed.
  const files = repositoryFiles(repoRoot);
  const rules = ignoreRules(files);

  it('every path git ignores is left out of its inputs, and no file git keeps is', () => {
    expect(rules.map((r) => r.pattern)).toContain('node_modules/');
    expect(roundTripInputs()).toContain(`${ROOT}**`);
    expect(inputGaps(roundTripInputs(), rules, files)).toEqual([]);
  });

  it('and what a run has written so far is left out too (dist, .turbo, tsbuildinfo, generated types)', () => {
    // The repository's own ignore files only: a developer's global excludes are not the project's.
    const written = git('ls-files', '-z', '--others', '--ignored', '--exclude-per-directory=.gitignore', '--directory')
      .split('\0')
      .filter(Boolean)
      .map((path) => (path.endsWith('/') ? `${path}file` : path));
    expect(written.length).toBeGreaterThan(0);
    const excluded = exclusionsOf(roundTripInputs());
    expect(written.filter((path) => !excluded(path))).toEqual([]);
  });

  it('reports an ignored folder left in, and an exclusion that hides a tracked file', () => {
    const inputs = roundTripInputs().filter((input) => input !== `!${ROOT}**/coverage/**`);
    expect(inputGaps(inputs, rules, files)).toEqual([
      'coverage/file is ignored by ./.gitignore (coverage/) but hashed',
      'deep/er/coverage/file is ignored by ./.gitignore (coverage/) but hashed',
    ]);
    const hiding = [...roundTripInputs(), `!${ROOT}packages/*/src/**`];
    expect(inputGaps(hiding, rules, files)).toContain('packages/runtime/src/call.ts is tracked but not hashed');
    expect(inputGaps(roundTripInputs(), [...rules, { dir: 'packages/cli', pattern: 'fixtures/out/' }], files)).toEqual([
      'packages/cli/fixtures/out/file is ignored by packages/cli/.gitignore (fixtures/out/) but hashed',
    ]);
  });
});
