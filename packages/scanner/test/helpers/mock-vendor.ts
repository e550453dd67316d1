import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A vendor API on 127.0.0.1 for the verification tests: it records every request and answers what the
// test tells it to, optionally late.

export interface Recorded {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export interface MockReply {
  readonly status: number;
  readonly body?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Answer only after this long (a slow vendor). */
  readonly delayMs?: number;
}

export interface MockVendor {
  readonly origin: string;
  readonly requests: Recorded[];
  /** TCP connections accepted, whether or not a request followed. */
  connections: number;
  answer(reply: MockReply | ((request: Recorded) => MockReply)): void;
  close(): Promise<void>;
}

export async function startMock(host = '127.0.0.1'): Promise<MockVendor> {
  let handler: (request: Recorded) => MockReply = () => ({ status: 200, body: '{}' });
  const requests: Recorded[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((incoming: IncomingMessage, outgoing: ServerResponse) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(incoming.headers))
        if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
      const request = {
        method: incoming.method ?? '',
        url: incoming.url ?? '',
        headers,
        body: Buffer.concat(chunks).toString(),
      };
      requests.push(request);
      const reply = handler(request);
      const send = () => {
        if (outgoing.destroyed) return;
        outgoing.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
        outgoing.end(reply.body ?? '');
      };
      if (reply.delayMs) {
        const timer = setTimeout(() => {
          timers.delete(timer);
          send();
        }, reply.delayMs);
        timers.add(timer);
      } else send();
    });
  });
  const mock: MockVendor = {
    origin: '',
    requests,
    connections: 0,
    answer(reply) {
      handler = typeof reply === 'function' ? reply : () => reply;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  server.on('connection', () => mock.connections++);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  (mock as { origin: string }).origin = `http://${host}:${(server.address() as AddressInfo).port}`;
  return mock;
}

/** One mock per provider (each its own host:port, as real vendors are), and the overrides that point at them. */
export interface MockVendors {
  readonly env: Record<string, string>;
  readonly requests: () => Recorded[];
  readonly connections: () => number;
  answer(reply: (request: Recorded, variable: string) => MockReply): void;
  close(): Promise<void>;
}

export async function startVendors(variables: readonly string[]): Promise<MockVendors> {
  const unique = [...new Set(variables)];
  const mocks = await Promise.all(unique.map(() => startMock()));
  return {
    env: Object.fromEntries(unique.map((variable, i) => [variable, mocks[i]!.origin])),
    requests: () => mocks.flatMap((mock) => mock.requests),
    connections: () => mocks.reduce((sum, mock) => sum + mock.connections, 0),
    answer(reply) {
      mocks.forEach((mock, i) => mock.answer((request) => reply(request, unique[i]!)));
    },
    close: async () => {
      await Promise.all(mocks.map((mock) => mock.close()));
    },
  };
}
