// Rewrites the coverage matrix in README.md from the built mappings (run after `pnpm build`).
import { readFileSync, writeFileSync } from 'node:fs';
import { withMatrix } from '../dist/matrix.js';

const readme = new URL('../README.md', import.meta.url);
const before = readFileSync(readme, 'utf8');
const after = withMatrix(before);
writeFileSync(readme, after);
process.stderr.write(before === after ? 'README.md: the matrix was up to date\n' : 'README.md: matrix rewritten\n');
