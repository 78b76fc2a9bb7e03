import { startMock } from '@ispkit/mock/server';
import { listenRecordings } from './recording-server.js';

// A server in its own process, so that the process measuring clients or load does not also
// pay for answering: `recordings <vendor>` (plain node:http) or `prism <vendor>`.
const [kind, vendor] = process.argv.slice(2);

async function start(): Promise<{ baseUrl: string; close(): Promise<void> }> {
  if (kind === 'recordings' && vendor) return listenRecordings(vendor);
  if (kind === 'prism' && vendor) {
    const mock = await startMock(vendor, { port: 0 });
    return { baseUrl: mock.url, close: mock.close };
  }
  throw new Error(`usage: server-process recordings|prism <vendor>, got "${process.argv.slice(2).join(' ')}"`);
}

try {
  const server = await start();
  const stop = () => void server.close().finally(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('disconnect', stop);
  process.send?.({ baseUrl: server.baseUrl });
} catch (error) {
  console.error(`server-process: ${(error as Error).message}`);
  process.exit(2);
}
