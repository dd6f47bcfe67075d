// Serves the OTP test pages over http://127.0.0.1 (content scripts do not run on file:// pages by
// default). /fixtures/ is the fixture set of real-site patterns, /pages/ our own pages, /e2e/ the e2e-only pages,
// /phone/ the phone-field pages (test/phone-pages, with the bundled widget libraries under dist/), /libs/
// the OTP library bench built from real widget packages (test/libs/build.ts).
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
export const ROOTS: Record<string, string> = {
  fixtures: join(repo, 'test', 'fixtures', 'forms'),
  pages: join(repo, 'test', 'pages'),
  e2e: join(repo, 'test', 'e2e', 'pages'),
  phone: join(repo, 'test', 'phone-pages'),
  libs: join(repo, 'test', 'libs', 'dist'),
};

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

export interface PagesServer {
  url(path: string): string;
  close(): Promise<void>;
}

export async function startPagesServer(): Promise<PagesServer> {
  const server: Server = createServer((req, res) => {
    const [, root, ...rest] = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).split('/');
    const base = root ? ROOTS[root] : undefined;
    const file = base ? normalize(join(base, ...rest)) : null;
    if (!base || !file || !file.startsWith(base + sep)) {
      res.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: (path) => `http://127.0.0.1:${port}/${path.replace(/^\//, '')}`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
