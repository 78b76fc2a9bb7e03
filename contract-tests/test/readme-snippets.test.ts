import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// Every ```ts block of the package READMEs and the root README is type-checked against the built
// packages, so that a snippet a user copies compiles. The blocks of one README form one module,
// in order (a later block uses the client an earlier one created). A block meant as a fragment
// is marked `<!-- snippet: skip -->` on the line before it, and the skipped ones are counted.
// The names a README leaves to the reader (`baseUrl`, `apiKey`, `token`) are declared for it.
const root = fileURLToPath(new URL('../..', import.meta.url));
const SKIP = '<!-- snippet: skip -->';
const PRELUDE = 'declare const baseUrl: string;\ndeclare const apiKey: string;\ndeclare const token: string;\n';

interface Readme {
  file: string;
  blocks: string[];
  skipped: number;
}

function readmes(): Readme[] {
  const files = ['README.md', ...readdirSync(join(root, 'packages')).map((p) => join('packages', p, 'README.md'))];
  return files.flatMap((file) => {
    let text: string;
    try {
      text = readFileSync(join(root, file), 'utf8');
    } catch {
      return [];
    }
    const blocks: string[] = [];
    let skipped = 0;
    for (const match of text.matchAll(/(^.*\n)?^```ts\n([\s\S]*?)^```$/gm)) {
      if (match[1]?.trim() === SKIP) skipped++;
      else blocks.push(match[2]!);
    }
    return blocks.length + skipped ? [{ file, blocks, skipped }] : [];
  });
}

const dir = mkdtempSync(join(tmpdir(), 'ispkit-readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('README code blocks', () => {
  const found = readmes();

  it('finds the blocks, and counts the skipped ones', () => {
    const skipped = found.reduce((n, r) => n + r.skipped, 0);
    console.log(`README snippets: ${found.reduce((n, r) => n + r.blocks.length, 0)} compiled, ${skipped} skipped`);
    expect(found.length).toBeGreaterThan(3);
    // A skip is an exception: the fragments stay few.
    expect(skipped).toBeLessThanOrEqual(5);
  });

  it('compile against the built packages', () => {
    const files: string[] = [];
    for (const readme of found) {
      const name = `${readme.file.replace(/[\\/]/g, '_').replace(/\.md$/, '')}.ts`;
      writeFileSync(join(dir, name), `export {};\n${PRELUDE}${readme.blocks.join('\n')}`);
      files.push(name);
    }
    const pkg = (p: string, entry = 'index') => [join(root, 'packages', p, 'dist', `${entry}.d.ts`)];
    const paths: Record<string, string[]> = { '@ispkit/runtime/public': pkg('runtime', 'public') };
    for (const p of readdirSync(join(root, 'packages'))) {
      paths[`@ispkit/${p}`] = pkg(p);
      paths[`@ispkit/${p}/operations`] = pkg(p, 'operations');
    }
    paths.vitest = [join(root, 'contract-tests', 'node_modules', 'vitest')];
    const config = {
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'Bundler',
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: ['node'],
        typeRoots: [join(root, 'contract-tests', 'node_modules', '@types')],
        paths,
      },
      files,
    };
    // A block that must fail: proof that the check can see an error at all.
    writeFileSync(
      join(dir, 'sentinel.ts'),
      "import { createSmartIspClient } from '@ispkit/smartisp';\nexport const wrong: number = createSmartIspClient;\n",
    );
    files.push('sentinel.ts');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(config));
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    const errors = output.split('\n').filter((line) => line.includes('error TS'));
    expect(errors.filter((line) => line.includes('sentinel.ts'))).toHaveLength(1);
    expect(errors.filter((line) => !line.includes('sentinel.ts'))).toEqual([]);
  }, 120_000);
});
