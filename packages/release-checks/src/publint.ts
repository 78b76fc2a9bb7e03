import { readFileSync } from 'node:fs';
import { type Options, publint } from 'publint';
import { formatMessage } from 'publint/utils';

/** publint's findings on a packed tarball, suggestions included, one line each. */
export async function publintProblems(tarball: string): Promise<string[]> {
  const data = readFileSync(tarball);
  return publintOf({ pack: { tarball: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer } });
}

/** publint's findings on a package given as files (`name` relative to the package root). */
export async function publintFiles(files: { name: string; data: string }[]): Promise<string[]> {
  return publintOf({ pkgDir: '/package', pack: { files: files.map((f) => ({ name: `/package/${f.name}`, data: f.data })) } });
}

async function publintOf(options: Options): Promise<string[]> {
  const { messages, pkg } = await publint({ ...options, level: 'suggestion', strict: true });
  return messages.map((message) => `${message.type}: ${formatMessage(message, pkg, { color: false }) ?? message.code}`);
}
