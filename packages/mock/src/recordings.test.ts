import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordingsDir } from './files.js';
import { loadRecordings } from './recordings.js';
import { RecordingScanError } from './scan.js';

describe('loadRecordings', () => {
  it('loads the committed recordings, which pass the scan', () => {
    for (const vendor of ['smartisp', 'zalultra', 'suricata-wispro', 'pmp'])
      expect(loadRecordings(vendor).length).toBeGreaterThan(0);
  });

  it('refuses a recording with a planted value, naming the file and the place, never the value', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ispkit-recordings-'));
    for (const file of readdirSync(recordingsDir('zalultra')))
      copyFileSync(join(recordingsDir('zalultra'), file), join(dir, file));
    expect(loadRecordings('zalultra', dir).length).toBeGreaterThan(0);
    const recording = JSON.parse(readFileSync(join(dir, 'getTicket.200.json'), 'utf8'));
    recording.response.body.data.replies[0].message = 'Mi CBU es 2850590994009041813526';
    writeFileSync(join(dir, 'getTicket.200.json'), JSON.stringify(recording));
    expect(() => loadRecordings('zalultra', dir)).toThrow(RecordingScanError);
    expect(() => loadRecordings('zalultra', dir)).toThrow(
      /getTicket\.200\.json holds 1 value that looks like personal data or secrets: \/response\/body\/data\/replies\/0\/message \(ISP-S006 CBU\/CVU\)/,
    );
    expect(() => loadRecordings('zalultra', dir)).not.toThrow(/2850590994009041813526/);
  });
});
