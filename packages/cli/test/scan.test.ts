import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertRecordingClean, RecordingScanError, repoRoot } from '@ispkit/mock';
import { describe, expect, it } from 'vitest';
import { ispkit } from './run-cli.js';

const recording = join(repoRoot, 'contract-tests/recordings/smartisp/getUser.200.json');

describe('ispkit scan', () => {
  it('finds nothing in the committed recordings, specs and fixtures (the CI gate)', async () => {
    const run = await ispkit(['scan']);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^scanned \d+ files: nothing found\n$/);
    expect(run.code).toBe(0);
  });

  it('catches a value planted in a copy of a recording, and names where without printing it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ispkit-scan-'));
    copyFileSync(recording, join(dir, 'clean.json'));
    const planted = JSON.parse(readFileSync(recording, 'utf8'));
    planted.response.body.user.address = 'Av. Colón 1234, tel +54 9 351 482-7719';
    writeFileSync(join(dir, 'planted.json'), JSON.stringify(planted));
    const run = await ispkit(['scan', dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/planted\.json#\/response\/body\/user\/address {2}ISP-S002 phone\n$/);
    expect(run.stdout).not.toContain('clean.json');
    expect(run.stdout + run.stderr).not.toContain('482-7719');
    expect(() => assertRecordingClean('planted.json', planted)).toThrow(RecordingScanError);
    expect(() => assertRecordingClean('clean.json', JSON.parse(readFileSync(recording, 'utf8')))).not.toThrow();
  });

  it('honours a rule the recording says was disabled, and an explicit allow-list', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ispkit-scan-'));
    const planted = JSON.parse(readFileSync(recording, 'utf8'));
    planted.response.body.user.address = 'IP 181.45.123.89';
    writeFileSync(join(dir, 'r.json'), JSON.stringify(planted));
    expect((await ispkit(['scan', dir])).code).toBe(1);
    writeFileSync(join(dir, 'allow.yaml'), 'allow:\n  - { rule: ISP-S008, value: 181.45.123.89, why: a test }\n');
    expect((await ispkit(['scan', join(dir, 'r.json'), '--allow', join(dir, 'allow.yaml')])).code).toBe(0);
    planted.provenance.rulesDisabled = ['ISP-S008'];
    writeFileSync(join(dir, 'r.json'), JSON.stringify(planted));
    expect((await ispkit(['scan', join(dir, 'r.json')])).code).toBe(0);
  });

  it('ends in one line on a missing path or a bad allow-list', async () => {
    expect(await ispkit(['scan', '/no/such/path'])).toMatchObject({
      code: 2,
      stderr: 'ispkit: no such file or folder: /no/such/path\n',
    });
    const dir = mkdtempSync(join(tmpdir(), 'ispkit-scan-'));
    writeFileSync(join(dir, 'allow.yaml'), 'allow:\n  - { rule: ISP-S999, value: x, why: y }\n');
    const bad = await ispkit(['scan', recording, '--allow', join(dir, 'allow.yaml')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^ispkit: bad allow-list: .*allow\[0\]\.rule must be a detector id\n$/);
  });
});
