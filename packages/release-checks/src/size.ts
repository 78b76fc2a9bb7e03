import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

export interface BundleSize {
  minified: number;
  gzipped: number;
}

/**
 * The size of what an application's bundler ships for `entry` (ES module source importing the
 * packages), minified and gzipped. Packages resolve as installed here, so their dist/ is measured.
 */
export async function bundleSize(entry: string, resolveDir: string): Promise<BundleSize> {
  const { minified, gzipped } = await bundle(entry, resolveDir);
  return { minified, gzipped };
}

/** The bundle itself, with its sizes: what a test reads to see which code came along. */
export async function bundle(
  entry: string,
  resolveDir: string,
  /** For an analysis of what the bundle holds (`pnpm bench`), never for a budget. */
  plugins: Plugin[] = [],
): Promise<
  BundleSize & { text: string /** Minified bytes each module contributes, by path. */; modules: Record<string, number> }
> {
  const result = await build({
    stdin: { contents: entry, resolveDir, loader: 'js', sourcefile: 'entry.js' },
    bundle: true,
    minify: true,
    format: 'esm',
    // The clients claim to run wherever fetch does; a browser build also fails on a stray node: import.
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    metafile: true,
    plugins,
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no bundle');
  const inputs = Object.values(result.metafile.outputs)[0]?.inputs ?? {};
  return {
    text: output.text,
    modules: Object.fromEntries(Object.entries(inputs).map(([path, { bytesInOutput }]) => [path, bytesInOutput])),
    minified: output.contents.byteLength,
    gzipped: gzipSync(output.contents, { level: 9 }).byteLength,
  };
}
