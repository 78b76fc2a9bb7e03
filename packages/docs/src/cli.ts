import { buildSite, siteDir } from './site.js';
import { serveDirectory } from './static-server.js';
import { buildSdkReference } from './typedoc.js';

// `site` writes docs/site/ but the SDK reference, `typedoc` adds it, `serve [port]` serves docs/site/ on 127.0.0.1.
const [command, port] = process.argv.slice(2);
if (command === 'site') buildSite();
else if (command === 'typedoc') await buildSdkReference();
else if (command === 'serve') {
  const server = await serveDirectory(siteDir, Number(port ?? 8080));
  console.error(`docs: serving docs/site/ at ${server.url}`);
} else {
  console.error('usage: node dist/cli.js site | typedoc | serve [port]');
  process.exitCode = 2;
}
