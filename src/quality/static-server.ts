// A small static file server for the built site, as a static host serves it: `/x/` → `x/index.html`,
// `/x` → redirect to `/x/` when it is a folder, the nearest 404.html with status 404 for anything missing, gzip when the
// browser accepts it, long caching for Astro's hashed assets. Used by `npm run audit` (Astro 7's preview server
// refuses to start twice in one project, and another may already be running).
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|manifest\+json|xml)|image\/svg)/;

export function contentType(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Serves `dir` under `base` ("/" or "/kz/"). Resolves once listening. `dir` may be a function, read on every
 * request: that is how a test "deploys" a second build to the same origin.
 */
export function serveStatic(dir: string | (() => string), port: number, base = '/', host = '127.0.0.1'): Promise<Server> {
  const isFile = (p: string) => existsSync(p) && statSync(p).isFile();
  const server = createServer((req, res) => {
    const root = normalize(typeof dir === 'function' ? dir() : dir);
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      path = '';
    }
    const send = (status: number, file: string | null) => {
      const headers: Record<string, string> = {};
      let body: Buffer = file ? readFileSync(file) : Buffer.from('Not found');
      headers['content-type'] = file ? contentType(file) : 'text/plain; charset=utf-8';
      headers['cache-control'] = file && file.includes(`${sep}_astro${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
      if (COMPRESSIBLE.test(headers['content-type']!) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
        headers.vary = 'accept-encoding';
      }
      headers['content-length'] = String(body.length);
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    // The nearest 404.html up the path, as Cloudflare Pages does: /ru/x/ gets ru/404.html (the Russian page).
    const notFound = () => {
      const inside = path.startsWith(base) ? path.slice(base.length).split('/').slice(0, -1) : [];
      for (let n = inside.length; n >= 0; n--) {
        const candidate = normalize(join(root, ...inside.slice(0, n), '404.html'));
        if ((candidate === root || candidate.startsWith(root + sep)) && isFile(candidate)) return send(404, candidate);
      }
      return send(404, null);
    };
    if (!path.startsWith(base) && `${path}/` !== base) return notFound();
    if (`${path}/` === base) {
      res.writeHead(301, { location: base });
      return res.end();
    }
    const file = normalize(join(root, path.slice(base.length)));
    if (file !== root && !file.startsWith(root + sep)) return notFound();
    if (path.endsWith('/')) return isFile(join(file, 'index.html')) ? send(200, join(file, 'index.html')) : notFound();
    if (isFile(file)) return send(200, file);
    if (existsSync(file) && statSync(file).isDirectory() && isFile(join(file, 'index.html'))) {
      res.writeHead(301, { location: `${path}/${url.search}` });
      return res.end();
    }
    return notFound();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
