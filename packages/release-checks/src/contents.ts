import type { PackageJson } from './workspace.js';

/** Files every tarball carries besides its build. */
const REQUIRED = ['package.json', 'README.md', 'LICENSE'];

/**
 * Packages whose product is the recordings: the mock answers with them (sanitized, provenance recorded).
 * Anywhere else a recording in a tarball is test data that leaked.
 */
const SERVES_RECORDINGS = new Set(['@ispkit/mock']);

/** What may not ship even inside dist/: tests, their fixtures and the vendor recordings. */
const FORBIDDEN = [
  { pattern: /\.(test|spec|bench)\.[cm]?[jt]sx?(\.map)?$|\.(test|spec|bench)\.d\.[cm]?ts(\.map)?$/, what: 'a test file' },
  { pattern: /(^|\/)(__tests__|tests?|fixtures|__fixtures__)\//, what: 'a test folder' },
  { pattern: /(^|\/)recordings\//, what: 'a recording' },
];

/**
 * Why a tarball holding `files` (paths relative to the package root) is not fit to publish: each
 * problem is one line naming the file. Only package.json, README.md, LICENSE, dist/ and the files of
 * `bin` may ship, and every file that package.json points at (`main`, `types`, each `exports` target,
 * each `bin`) must be there. A source map must come with its sources, so none ships.
 */
export function tarballProblems(files: readonly string[], manifest: PackageJson): string[] {
  const problems: string[] = [];
  const present = new Set(files);
  const bins = binTargets(manifest);
  for (const file of REQUIRED) if (!present.has(file)) problems.push(`${file} is missing`);
  if (!files.some((file) => file.startsWith('dist/'))) problems.push('dist/ is missing');
  for (const file of files) {
    if (!REQUIRED.includes(file) && !file.startsWith('dist/') && !bins.includes(file)) {
      problems.push(`${file} ships, but only dist/, README.md, LICENSE, package.json and bin files may`);
      continue;
    }
    if (file.endsWith('.map')) {
      problems.push(`${file} ships, but its sources do not: a source map must not`);
      continue;
    }
    if (SERVES_RECORDINGS.has(manifest.name) && /^dist\/vendors\/[^/]+\/recordings\/[^/]+\.json$/.test(file)) continue;
    const forbidden = FORBIDDEN.find((rule) => rule.pattern.test(file));
    if (forbidden) problems.push(`${file} ships, but it is ${forbidden.what}`);
  }
  const pointed = [...manifestTargets(manifest), ...bins];
  if (!pointed.some((target) => /\.d\.[cm]?ts$/.test(target))) problems.push('package.json points at no type declarations');
  for (const target of pointed) {
    if (!present.has(target)) problems.push(`package.json points at ${target}, which is not in the tarball`);
  }
  return problems;
}

/** The files of package.json's `bin`, relative to the package root. */
export function binTargets(manifest: PackageJson & { bin?: string | Record<string, string> }): string[] {
  const bin = manifest.bin;
  const targets = typeof bin === 'string' ? [bin] : Object.values(bin ?? {});
  return targets.map((target) => target.replace(/^\.\//, '')).sort();
}

/** The files package.json points at, relative to the package root; `exports` wildcards are skipped. */
export function manifestTargets(manifest: PackageJson & { main?: string; types?: string; typings?: string }): string[] {
  const targets = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value === 'string') {
      if (!value.includes('*')) targets.add(value.replace(/^\.\//, ''));
    } else if (Array.isArray(value)) value.forEach(add);
    else if (value && typeof value === 'object') Object.values(value).forEach(add);
  };
  add(manifest.main);
  add(manifest.types);
  add(manifest.typings);
  add(manifest.exports);
  return [...targets].sort();
}
