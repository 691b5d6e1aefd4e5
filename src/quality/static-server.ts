// A minimal static host for tests and audits: serves a built site under its base path the way a static host
// does (`/x/` → `/x/index.html`, unknown paths → 404.html with status 404). The root can be switched while it
// runs, which is how a test "deploys" a second build to the same origin.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticSite {
  url: string;
  /** Serve another build from now on (a new deployment). */
  setRoot(root: string): void;
  close(): Promise<void>;
}

export async function serveStatic(root: string, base = '/', port = 0): Promise<StaticSite> {
  let current = root;
  const file = async (path: string): Promise<string | null> => {
    try {
      const s = await stat(path);
      if (s.isFile()) return path;
      if (s.isDirectory()) return file(join(path, 'index.html'));
    } catch {
      /* not there */
    }
    return null;
  };
  const server: Server = createServer((req, res) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const inBase = pathname.startsWith(base) ? pathname.slice(base.length - 1) : null;
      const safe = inBase === null ? null : normalize(inBase).replace(/^(\.\.[/\\])+/, '');
      const found = safe === null ? null : await file(join(current, safe));
      const path = found ?? join(current, '404.html');
      const body = await readFile(path).catch(() => Buffer.from('Not found'));
      res.writeHead(found ? 200 : 404, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      res.end(body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://localhost:${actualPort}${base}`,
    setRoot: (r) => {
      current = r;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
