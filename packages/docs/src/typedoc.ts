import { existsSync } from 'node:fs';
import { repoRoot } from '@ispkit/mock';
import { Application } from 'typedoc';
import { clients } from './clients.js';
import { sdkPath } from './pages.js';
import { siteDir } from './site.js';

/** The packages whose API the site documents: the runtime and every vendor client. */
export const sdkPackages = ['@ispkit/runtime', ...Object.values(clients).map((c) => c.package)];

/** Writes the TypeDoc reference of each SDK package to docs/site/sdk/<name>/, the folder the pages link to. */
export async function buildSdkReference(): Promise<void> {
  for (const name of sdkPackages) {
    const dir = `${repoRoot}packages/${name.replace('@ispkit/', '')}`;
    const app = await Application.bootstrapWithPlugins({
      name,
      // A vendor's standalone operations (`@ispkit/<vendor>/operations`) are documented beside its client.
      entryPoints: [`${dir}/src/index.ts`, `${dir}/src/operations.ts`].filter((file) => existsSync(file)),
      tsconfig: `${dir}/tsconfig.json`,
      readme: `${dir}/README.md`,
      out: `${siteDir}/${sdkPath(name)}`,
      excludePrivate: true,
      excludeInternal: true,
      githubPages: false,
      hideGenerator: true,
      logLevel: 'Warn',
    });
    const project = await app.convert();
    if (!project) throw new Error(`TypeDoc could not convert ${name}`);
    await app.generateOutputs(project);
    console.error(`docs: docs/site/${sdkPath(name)}`);
  }
}
