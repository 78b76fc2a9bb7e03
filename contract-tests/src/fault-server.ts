import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type FaultHandler = (request: IncomingMessage, response: ServerResponse, attempt: number) => unknown;

/**
 * A local HTTP server that answers however a test tells it to (slowly, with a 503, an HTML
 * page, a reset connection) and counts what reaches it: the retry tests assert on its counts.
 */
export class FaultServer {
  /** Every request received, in order: `METHOD /path?query`. */
  readonly requests: string[] = [];
  private handler: FaultHandler = (_, response) => response.writeHead(500).end();
  private readonly sockets = new Set<Socket>();
  private constructor(private readonly server: Server) {
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    server.on('request', (request, response) => {
      // One connection per request: a kept-alive socket that the server closes as the client reuses it
      // would fail a test with a NetworkError that says nothing of the case under test.
      response.shouldKeepAlive = false;
      this.requests.push(`${request.method} ${request.url}`);
      void Promise.resolve(this.handler(request, response, this.requests.length)).catch(() => response.destroy());
    });
  }

  static async start(): Promise<FaultServer> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new FaultServer(server);
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Sets how the next requests are answered and forgets the earlier ones. */
  answer(handler: FaultHandler): void {
    this.handler = handler;
    this.requests.length = 0;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** Answers JSON with a status and optional headers. */
export function json(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'Content-Type': 'application/json', ...headers }).end(JSON.stringify(body));
}

/** Answers raw text with a content type. */
export function text(response: ServerResponse, status: number, contentType: string, body: string): void {
  response.writeHead(status, { 'Content-Type': contentType }).end(body);
}
