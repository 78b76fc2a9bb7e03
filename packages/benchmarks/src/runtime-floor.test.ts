import { ok, strictEqual, throws } from 'node:assert/strict';
import { test } from 'node:test';
import { bundle } from '@ispkit/release-checks/src/size.js';
import { sizeBudgets } from '@ispkit/release-checks/src/size-budgets.js';
import { packageDir } from './paths.js';
import { cutOptionalParts, OPTIONAL_PARTS, withoutOptionalParts } from './sections/runtime-floor.js';

// The release gate's own one-operation app.
const app = sizeBudgets['@ispkit/smartisp']!.find((b) => b.name === 'one operation')!.entry;

test('runtime floor: the cut parts leave the bundle, and the trust rules stay', async () => {
  const full = await bundle(app, packageDir);
  const floor = await bundle(app, packageDir, [withoutOptionalParts()]);
  ok(floor.gzipped < full.gzipped, `${floor.gzipped} B is not under ${full.gzipped} B`);
  // Each cut part by something only it holds: the schema checker and its plans, the backoff's jitter, the log
  // level, a class by kind.
  const cutOnly = ['must be a valid', 'exclusiveMinimum', 'Math.random', 'ISPKIT_LOG must be', 'PermissionDeniedError'];
  for (const text of cutOnly) ok(full.text.includes(text), `the full bundle lacks ${text}`);
  for (const text of cutOnly) ok(!floor.text.includes(text), `the floor still holds ${text}`);
  for (const text of ['another origin: the credential is not sent there', 'maxResponseBytes', '[REDACTED]']) {
    ok(floor.text.includes(text), `the floor lost ${text}`);
  }
});

test('runtime floor: a part no longer where it was fails the measure instead of staying in', () => {
  const drift = OPTIONAL_PARTS.find((p) => p.part === 'drift detection')!;
  const cut = cutOptionalParts('/x/runtime/dist/validate.js', `${drift.declaration}schema) { return check(schema); }`);
  strictEqual(
    cut.contents,
    'export function findIssues() { return []; }\nfunction unused_findIssues(schema) { return check(schema); }',
  );
  throws(
    () => cutOptionalParts('/x/runtime/dist/validate.js', 'export const findIssues = (schema) => check(schema);'),
    /drift detection: .* is not found once/,
  );
  strictEqual(cutOptionalParts('/x/runtime/dist/errors.js', 'anything').parts.length, 0);
});
