import { mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export interface LocalRegistry {
  /** e.g. `http://127.0.0.1:40123/` */
  url: string;
  /** A token of a user allowed to publish `@ispkit/*`. */
  token: string;
  close(): Promise<void>;
}

/**
 * A Verdaccio registry on 127.0.0.1 with its storage in `dir`: `@ispkit/*` is served from it alone
 * (no uplink, so nothing can come from the public registry by mistake), and publishing takes a user.
 */
export async function startRegistry(dir: string): Promise<LocalRegistry> {
  const config = join(dir, 'config.yaml');
  mkdirSync(join(dir, 'storage'), { recursive: true });
  writeFileSync(
    config,
    [
      `storage: ${JSON.stringify(join(dir, 'storage'))}`,
      'auth:',
      '  htpasswd:',
      `    file: ${JSON.stringify(join(dir, 'htpasswd'))}`,
      '    max_users: 1',
      'uplinks: {}',
      'packages:',
      "  '@ispkit/*':",
      '    access: $all',
      '    publish: $authenticated',
      'log: { type: stdout, format: pretty, level: error }',
      '',
    ].join('\n'),
  );
  // Verdaccio is CommonJS and heavy: loaded here, not by every test file that imports this module.
  const { runServer } = (await import('verdaccio')) as unknown as {
    runServer: (config: string) => Promise<{ listen: (port: number, host: string, ready: () => void) => Server }>;
  };
  const app = await runServer(config);
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  const response = await fetch(`${url}-/user/org.couchdb.user:release`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'release', password: 'round-trip-password' }),
  });
  const body = (await response.json()) as { token?: string; error?: string };
  if (!response.ok || !body.token) {
    await close();
    throw new Error(`Verdaccio refused to create the publishing user: ${response.status} ${body.error ?? ''}`);
  }
  return { url, token: body.token, close };
}
