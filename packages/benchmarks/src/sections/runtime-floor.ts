import { readFileSync } from 'node:fs';
import type { bundle } from '@ispkit/release-checks/src/size.js';

type Plugin = NonNullable<Parameters<typeof bundle>[2]>[number];

/**
 * The runtime parts an operation could, in principle, go without: none of them is a trust rule. Each is
 * cut by renaming its function out of the way (a bundler then drops it) and putting a no-op in its place.
 * What is left is the floor: the credential kept to its origin, the timeout, the bounded read, masking,
 * typed errors with their messages, the option checks.
 */
export const OPTIONAL_PARTS = [
  { part: 'drift detection', file: 'validate.js', declaration: 'export function findIssues(', stub: '() { return []; }' },
  { part: 'retries', file: 'transport.js', declaration: 'function retryDelay(', stub: '() { return undefined; }' },
  { part: 'logging', file: 'logging.js', declaration: 'export function createAttemptLog(', stub: '() { return undefined; }' },
  {
    part: 'error classes by kind',
    file: 'classify.js',
    declaration: 'export function httpError(',
    stub: '(meta, op, info, status, body, headers) { return new HttpError(info, status, body, headers); }',
  },
] as const;

/**
 * A runtime module's built source with the optional parts it holds cut out, and which parts those were.
 * Fails when a part is no longer found where it was, rather than measure a floor with that part still in.
 */
export function cutOptionalParts(path: string, source: string): { contents: string; parts: string[] } {
  let contents = source;
  const parts: string[] = [];
  for (const { part, file, declaration, stub } of OPTIONAL_PARTS) {
    if (!path.endsWith(`/dist/${file}`)) continue;
    if (contents.split(declaration).length !== 2) {
      throw new Error(`runtime floor: ${part}: "${declaration}" is not found once in ${path}`);
    }
    const name = /(\w+)\($/.exec(declaration)![1]!;
    contents = contents.replace(declaration, `${declaration.slice(0, -1)}${stub}\nfunction unused_${name}(`);
    parts.push(part);
  }
  return { contents, parts };
}

/** An esbuild plugin that bundles `@ispkit/runtime` without its optional parts, and fails if one was never cut. */
export function withoutOptionalParts(): Plugin {
  return {
    name: 'without-optional-parts',
    setup(build) {
      const cut = new Set<string>();
      build.onStart(() => cut.clear());
      build.onEnd(() => {
        const missed = OPTIONAL_PARTS.filter(({ part }) => !cut.has(part)).map(({ part }) => part);
        if (missed.length) throw new Error(`runtime floor: the bundle never loaded ${missed.join(', ')}`);
      });
      build.onLoad({ filter: /[\\/]runtime[\\/]dist[\\/][\w-]+\.js$/ }, (args) => {
        const { contents, parts } = cutOptionalParts(args.path.replace(/\\/g, '/'), readFileSync(args.path, 'utf8'));
        if (parts.length === 0) return undefined;
        for (const part of parts) cut.add(part);
        return { contents, loader: 'js' };
      });
    },
  };
}
