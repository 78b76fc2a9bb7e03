// The one build step that puts the vendor specs and recordings into packages, run from a package folder:
//   vendor-files.mjs spec <vendor>  writes dist/openapi.yaml and dist/openapi.json (a client's `./openapi.*` exports)
//   vendor-files.mjs mock           writes dist/vendors/<vendor>/{openapi.yaml,recordings/*.json} for every vendor
// specs/ and contract-tests/recordings/ stay the only sources; the copies are build output, never committed.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const specsDir = join(root, 'specs');
const [mode, vendor] = process.argv.slice(2);

function specOf(name) {
  const file = join(specsDir, name, 'openapi.yaml');
  if (!existsSync(file)) throw new Error(`vendor-files: no spec at ${file}`);
  return file;
}

if (mode === 'spec' && vendor) {
  const file = specOf(vendor);
  mkdirSync('dist', { recursive: true });
  copyFileSync(file, join('dist', 'openapi.yaml'));
  writeFileSync(join('dist', 'openapi.json'), `${JSON.stringify(parse(readFileSync(file, 'utf8')), null, 2)}\n`);
} else if (mode === 'mock' && !vendor) {
  const out = join('dist', 'vendors');
  rmSync(out, { recursive: true, force: true });
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
