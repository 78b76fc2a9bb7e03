// Writes each vendor's published spec, specs/<vendor>/dist/openapi.{json,yaml}: the handwritten
// spec with the recordings as examples (see buildPublishedSpec in @ispkit/mock).
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildPublishedSpec, loadRecordings, loadSpec, vendors } from '@ispkit/mock';
import { stringify } from 'yaml';

const root = new URL('../', import.meta.url);
for (const { name } of vendors) {
  const published = buildPublishedSpec(loadSpec(name), loadRecordings(name));
  const dist = new URL(`${name}/dist/`, root);
  mkdirSync(dist, { recursive: true });
  writeFileSync(new URL('openapi.json', dist), `${JSON.stringify(published, null, 2)}\n`);
  // No anchors or aliases: every reader of the YAML sees each example in full.
  writeFileSync(new URL('openapi.yaml', dist), stringify(published, { aliasDuplicateObjects: false, lineWidth: 0 }));
  console.error(`published spec: specs/${name}/dist/openapi.{json,yaml}`);
}
