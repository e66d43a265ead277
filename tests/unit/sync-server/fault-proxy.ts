/**
 * A small node:http proxy in front of Radicale that can misbehave on request: answer with a
 * status (507), garbage XML, a redirect to another host, a 100 MB body, never answer, drop
 * the connection (the server going down mid-sync), drop it after the server did the work, or
 * forward another body. Everything else passes through unchanged.
 */
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { afterAll, beforeAll } from 'vitest';
import { startRadicale, type Radicale } from './radicale';

export type Fault =
  | { kind: 'status'; status: number }
  | { kind: 'body'; status: number; contentType: string; body: string }
  | { kind: 'redirect'; location: string }
  | { kind: 'huge'; declareLength: boolean }
  | { kind: 'hang' }
  | { kind: 'drop' }
  /** Forwards the request, then drops the connection instead of answering (the answer lost). */
  | { kind: 'lose-answer' }
  /** Forwards the request with another body (a server that stores something else). */
  | { kind: 'rewrite'; body: string };

export type FaultProxy = {
  url: string;
  /** Decides per request; null passes it through. */
  fault: (req: IncomingMessage) => Fault | null;
  /** Bytes of a huge body written before the client gave up. */
  hugeBytesSent: number;
  close(): Promise<void>;
};

const HUGE = 100 * 1024 * 1024;

function answerHuge(proxy: FaultProxy, res: ServerResponse, declareLength: boolean): void {
  res.writeHead(207, {
    'content-type': 'application/xml',
    ...(declareLength ? { 'content-length': String(HUGE) } : {}),
  });
  const chunk = Buffer.alloc(64 * 1024, 'x');
  const write = (): void => {
    while (proxy.hugeBytesSent < HUGE) {
      proxy.hugeBytesSent += chunk.length;
      if (!res.write(chunk)) {
        res.once('drain', write);
        return;
      }
    }
    res.end();
  };
  res.on('close', () => undefined);
  write();
}

/** Starts the proxy on a free loopback port in front of `target` (an http://127.0.0.1 URL). */
export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const upstream = new URL(target);
  const hanging = new Set<ServerResponse>();
  const proxy: FaultProxy = {
    url: '',
    fault: () => null,
    hugeBytesSent: 0,
    close: async () => undefined,
  };
  const server = createServer((req, res) => {
    const fault = proxy.fault(req);
    if (fault?.kind === 'status') return void res.writeHead(fault.status).end();
    if (fault?.kind === 'body') {
      return void res
        .writeHead(fault.status, { 'content-type': fault.contentType })
        .end(fault.body);
    }
    if (fault?.kind === 'redirect')
      return void res.writeHead(302, { location: fault.location }).end();
    if (fault?.kind === 'huge') return answerHuge(proxy, res, fault.declareLength);
    if (fault?.kind === 'hang') return void hanging.add(res);
    if (fault?.kind === 'drop') return void req.socket.destroy();
    const forward = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: {
          ...req.headers,
          host: upstream.host,
          ...(fault?.kind === 'rewrite'
            ? { 'content-length': String(Buffer.byteLength(fault.body)) }
            : {}),
        },
      },
      (up) => {
        if (fault?.kind === 'lose-answer') {
          up.resume();
          return void up.once('end', () => req.socket.destroy());
        }
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    if (fault?.kind !== 'rewrite') return void req.pipe(forward);
    req.resume();
    req.once('end', () => forward.end(fault.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  proxy.url = `http://127.0.0.1:${port}/`;
  proxy.close = () =>
    new Promise<void>((resolve) => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return proxy;
}

/**
 * A Radicale with the fault proxy in front of it, started before the file's tests and stopped
 * after them. Read `server` and `proxy` inside tests and hooks, once both are running.
 */
export function radicaleBehindProxy(): { readonly server: Radicale; readonly proxy: FaultProxy } {
  let server: Radicale | null = null;
  let proxy: FaultProxy | null = null;
  beforeAll(async () => {
    server = await startRadicale();
    proxy = await startFaultProxy(server.url);
  });
  afterAll(async () => {
    await proxy?.close();
    await server?.dispose();
  });
  const running = <T>(value: T | null): T => {
    if (value === null) throw new Error('Radicale and the proxy start in beforeAll.');
    return value;
  };
  return {
    get server() {
      return running(server);
    },
    get proxy() {
      return running(proxy);
    },
  };
}
