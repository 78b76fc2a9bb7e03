import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redoclyLint } from '../src/redocly.js';
import { repoRoot } from '../src/workspace.js';

// The fixtures sit in the repository's layout (specs/<vendor>/, contract-tests/recordings/<vendor>/),
// which is where the evidence rule looks for recordings.
const fixtures = join(import.meta.dirname, '..', 'fixtures', 'lint');
const config = join(repoRoot, 'specs', 'redocly.yaml');
const lint = (vendor: string) => redoclyLint(join(fixtures, 'specs', vendor, 'openapi.yaml'), config);

describe('the spec ruleset (specs/redocly.yaml)', () => {
  it('passes a spec that meets every rule', async () => {
    expect(await lint('good')).toEqual([]);
  });

  it('reports each broken project rule at its operation', async () => {
    const problems = (await lint('bad')).map((p) => `${p.severity} ${p.ruleId} ${p.pointer}: ${p.message}`);
    expect(problems.sort()).toEqual(
      [
        'error ispkit/operation-security #/paths/~1unsecured/get: unsecured has no security requirement: set `security` on the operation or the document.',
        'error security-defined #/paths/~1unsecured/get: Every operation should have security defined on it or on the root level.',
        'error ispkit/operation-security #/paths/~1optional-auth/get/security: optionalAuth accepts calls without credentials (an empty requirement `{}`).',
        'error rule/operation-tagged #/paths/~1untagged/get/tags: Every operation needs a tag, which groups it in the docs.',
        'error operation-tag-defined #/paths/~1untagged/get: Operation tags should be defined',
        'error operation-summary #/paths/~1unsummarised/get/summary: Operation object should contain `summary` field.',
        'error ispkit/operation-evidence #/paths/~1unbacked/get/responses: unbacked has no recording in contract-tests/recordings/bad/ and no response marked `x-ispkit-evidence`.',
        'error operation-operationId #/paths/~1anonymous/get/operationId: Operation object should contain `operationId` field.',
      ].sort(),
    );
  });
});
