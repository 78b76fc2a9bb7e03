import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basePath, loadRecordings, loadSpec } from '@ispkit/mock';

interface Route {
  method: string;
  pattern: RegExp;
  status: number;
  contentType: string;
  body: Buffer;
}

/**
 * The routes of a vendor's recordings: each operation's path template under the API's base
 * path, answered with its recorded 2xx body. Bodies are serialized once, so that the server
 * costs as little as possible next to the clients it serves.
 */
export function recordingRoutes(vendor: string): Route[] {
  const base = basePath(loadSpec(vendor));
  const routes: Route[] = [];
  for (const recording of loadRecordings(vendor)) {
    const { status, contentType, body } = recording.response;
    if (recording.knownDocsError || status < 200 || status > 299) continue;
    const template = (base + recording.request.path).replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
    if (routes.some((r) => r.method === recording.request.method && r.pattern.source === `^${template}$`)) continue;
    routes.push({
      method: recording.request.method,
      pattern: new RegExp(`^${template}$`),
      status,
      contentType,
      body: Buffer.from(JSON.stringify(body)),
    });
  }
  return routes;
}

/** A plain node:http server answering every recorded operation of a vendor; anything else is a 404. */
export function createRecordingServer(vendor: string): Server {
  const routes = recordingRoutes(vendor);
  return createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0]!;
    const route = routes.find((r) => r.method === request.method && r.pattern.test(path));
    // The body is drained either way, so that keep-alive connections stay usable.
    request.resume();
    if (!route) {
      response.writeHead(404, { 'Content-Type': 'application/json' }).end('{"error":"no recording"}');
      return;
    }
    response.writeHead(route.status, { 'Content-Type': route.contentType, 'Content-Length': route.body.length }).end(route.body);
  });
}

/** Starts a recording server on a free loopback port; resolves to the API root clients are given. */
export async function listenRecordings(vendor: string): Promise<{ baseUrl: string; close(): Promise<void> }> {
  const server = createRecordingServer(vendor);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}${basePath(loadSpec(vendor))}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
