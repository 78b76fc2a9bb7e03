import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../src/workspace.js';
import { applyEdits, baseSpec } from './spec-edit.js';
import { tempRepo } from './temp-repo.js';

const script = join(repoRoot, 'scripts', 'record-released-specs.mjs');

function record(root: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8' });
  return { status: run.status, out: `${run.stdout}${run.stderr}`.trim() };
}

function git(root: string, ...args: string[]) {
  execFileSync('git', ['-c', 'user.name=fixture', '-c', 'user.email=fixture@example.com', ...args], {
    cwd: root,
    stdio: 'ignore',
  });
}

function bump(root: string, folder: string, version: string) {
  const file = join(root, 'packages', folder, 'package.json');
  writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), version }));
}

describe('record-released-specs', () => {
  let remove = () => {};
  afterEach(() => remove());

  function committedRepo() {
    const edited = applyEdits(baseSpec(), [{ remove: '/paths/~1plans' }]);
    const repo = tempRepo([
      {
        folder: 'demo',
        name: '@ispkit/demo',
        version: '1.0.0',
        spec: edited,
        released: { spec: baseSpec(), as: '@ispkit/demo@1.0.0' },
      },
      { folder: 'quiet', name: '@ispkit/quiet', version: '1.0.0', spec: baseSpec() },
      { folder: 'inner', name: '@ispkit/inner', version: '1.0.0', private: true, spec: baseSpec() },
    ]);
    remove = repo.remove;
    git(repo.root, 'init', '-q');
    git(repo.root, 'add', '.');
    git(repo.root, 'commit', '-q', '-m', 'fixture');
    return repo.root;
  }

  it('records the spec of each package the version run bumped, and only those', () => {
    const root = committedRepo();
    bump(root, 'demo', '2.0.0');
    bump(root, 'inner', '2.0.0');
    const run = record(root);
    expect(run).toEqual({
      status: 0,
      out: 'record-released-specs: specs/demo/released/ now holds the spec of @ispkit/demo@2.0.0',
    });
    expect(readFileSync(join(root, 'specs/demo/released/openapi.yaml'), 'utf8')).toBe(
      readFileSync(join(root, 'specs/demo/openapi.yaml'), 'utf8'),
    );
    expect(readFileSync(join(root, 'specs/demo/released/VERSION'), 'utf8')).toBe('@ispkit/demo@2.0.0\n');
    expect(existsSync(join(root, 'specs/quiet/released'))).toBe(false);
    expect(existsSync(join(root, 'specs/inner/released'))).toBe(false);
    expect(record(root).out).toBe('record-released-specs: no package was released by this version run');
  });

  it('records every public package with --all, but never rewrites a release already recorded', () => {
    const root = committedRepo();
    const demoReleased = readFileSync(join(root, 'specs/demo/released/openapi.yaml'), 'utf8');
    expect(record(root, '--all').out).toBe(
      'record-released-specs: specs/quiet/released/ now holds the spec of @ispkit/quiet@1.0.0',
    );
    expect(readFileSync(join(root, 'specs/demo/released/openapi.yaml'), 'utf8')).toBe(demoReleased);
  });

  it('refuses an unknown argument in one line', () => {
    const root = committedRepo();
    expect(record(root, '--dry-run')).toEqual({
      status: 2,
      out: 'record-released-specs: unknown argument --dry-run; the only option is --all',
    });
  });
});
