// Keeps specs/<vendor>/released/ in step with what is published: run right after `changeset version`
// (`pnpm version-packages`), it copies the spec of every public package whose version that run
// raised, with the tag of the release in VERSION. The breaking-change guard compares against it.
// `--all` records every public package's spec as released, whatever its version did.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const all = process.argv.includes('--all');
const unknown = process.argv.slice(2).filter((arg) => arg !== '--all');
if (unknown.length > 0) {
  console.error(`record-released-specs: unknown argument ${unknown[0]}; the only option is --all`);
  process.exit(2);
}

/** The version a package.json had at HEAD, or undefined outside git or for a file HEAD lacks. */
function committedVersion(file) {
  try {
    const text = execFileSync('git', ['show', `HEAD:${file}`], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return JSON.parse(text).version;
  } catch {
    return undefined;
  }
}

let recorded = 0;
for (const folder of readdirSync(join(root, 'packages')).sort()) {
  const manifestFile = `packages/${folder}/package.json`;
  const spec = join(root, 'specs', folder, 'openapi.yaml');
  if (!existsSync(join(root, manifestFile)) || !existsSync(spec)) continue;
  const manifest = JSON.parse(readFileSync(join(root, manifestFile), 'utf8'));
  if (manifest.private === true) continue;
  const tag = `${manifest.name}@${manifest.version}`;
  const released = join(root, 'specs', folder, 'released');
  const versionFile = join(released, 'VERSION');
  if (existsSync(versionFile) && readFileSync(versionFile, 'utf8').trim() === tag) continue;
  if (!all && committedVersion(manifestFile) === manifest.version) continue;
  mkdirSync(released, { recursive: true });
  copyFileSync(spec, join(released, 'openapi.yaml'));
  writeFileSync(versionFile, `${tag}\n`);
  console.log(`record-released-specs: specs/${folder}/released/ now holds the spec of ${tag}`);
  recorded++;
}
if (recorded === 0) console.log('record-released-specs: no package was released by this version run');
