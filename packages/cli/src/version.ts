import { readFileSync } from 'node:fs';

/** The installed package's version: src/ and dist/ both sit one level below package.json. */
export function cliVersion(): string {
  return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}
