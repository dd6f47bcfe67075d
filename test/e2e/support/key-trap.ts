// A server of our own that logs every request it receives, with its Authorization header, and answers
// like the provider would (a balance, with permissive CORS headers, so a request is never lost to CORS)
// or with a redirect. The key-destination specs point SimFill at it and read the log.
import { createServer, type Server } from 'node:http';

export interface TrapRequest {
  host: string;
  path: string;
  authorization: string | null;
}

export interface KeyTrap {
  /** An API address on this server, e.g. http://127.0.0.1:PORT/api/ (`host` replaces 127.0.0.1). */
  apiUrl(host?: string): string;
  readonly requests: TrapRequest[];
  close(): Promise<void>;
}

/** `redirectTo`: answer every request with a 302 to this address (plus the request's path) instead. */
export async function startKeyTrap({ bind = '127.0.0.1', redirectTo }: { bind?: string; redirectTo?: () => string } = {}): Promise<KeyTrap> {
  const requests: TrapRequest[] = [];
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ host: req.headers.host ?? '', path, authorization: req.headers.authorization ?? null });
    const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'authorization, accept' };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors).end();
    } else if (redirectTo) {
      res.writeHead(302, { ...cors, location: `${redirectTo()}${path.replace(/^\/api\//, '')}` }).end();
    } else {
      res.writeHead(200, { ...cors, 'content-type': 'application/json' }).end(JSON.stringify({ response: 1, balance: '99.00', zbalance: 0 }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, bind, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    apiUrl: (host = bind) => `http://${host}:${port}/api/`,
    requests,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
