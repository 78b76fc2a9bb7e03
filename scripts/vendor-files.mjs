// The one build step that puts the vendor specs and recordings into packages, run from a package folder:
//   vendor-files.mjs spec <vendor>  copies the published spec (specs/<vendor>/dist, the handwritten spec with the
//                                   recordings as examples, built by @ispkit/specs) to dist/openapi.{yaml,json},
//                                   a client's `./openapi.*` exports
//   vendor-files.mjs mock           writes dist/vendors/<vendor>/{openapi.yaml,recordings/*.json} for every vendor,
//                                   and dist/vendors/scan-allow.yaml, the allow-list the recordings pass the scan with
// specs/ and contract-tests/recordings/ stay the only sources; the copies are build output, never committed.
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const specsDir = join(root, 'specs');
const [mode, vendor] = process.argv.slice(2);

function specOf(name) {
  const file = join(specsDir, name, 'openapi.yaml');
  if (!existsSync(file)) throw new Error(`vendor-files: no spec at ${file}`);
  return file;
}

if (mode === 'spec' && vendor) {
  specOf(vendor);
  mkdirSync('dist', { recursive: true });
  for (const file of ['openapi.yaml', 'openapi.json']) {
    const published = join(specsDir, vendor, 'dist', file);
    if (!existsSync(published)) throw new Error(`vendor-files: no published spec at ${published}: build @ispkit/specs first`);
    copyFileSync(published, join('dist', file));
  }
} else if (mode === 'mock' && !vendor) {
  const out = join('dist', 'vendors');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  copyFileSync(join(root, 'contract-tests', 'scan-allow.yaml'), join(out, 'scan-allow.yaml'));
  const names = readdirSync(specsDir).filter((name) => existsSync(join(specsDir, name, 'openapi.yaml')));
  for (const name of names) {
    const recordings = join(root, 'contract-tests', 'recordings', name);
    mkdirSync(join(out, name, 'recordings'), { recursive: true });
    copyFileSync(specOf(name), join(out, name, 'openapi.yaml'));
    for (const file of readdirSync(recordings).filter((f) => f.endsWith('.json'))) {
      copyFileSync(join(recordings, file), join(out, name, 'recordings', file));
    }
  }
} else {
  console.error('usage: vendor-files.mjs spec <vendor> | vendor-files.mjs mock');
  process.exit(2);
}
