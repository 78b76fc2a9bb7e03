// Fails when building changed a generated file: the committed client must be what its spec yields.
import { execFileSync } from 'node:child_process';

const git = (...args) => execFileSync('git', args, { encoding: 'utf8' });
try {
  git('rev-parse', '--is-inside-work-tree');
} catch {
  console.log('check-generated: not a git checkout, skipped');
  process.exit(0);
}
const changed = git('status', '--porcelain', '--', ':(glob)packages/*/src/gen/**').trim();
if (changed) {
  console.error(`check-generated: the generated clients differ from their specs; commit the regenerated files:\n${changed}`);
  process.exit(1);
}
console.log('check-generated: generated clients match their specs');
