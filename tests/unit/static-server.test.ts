import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../../src/quality/static-server.ts';

let dir: string;
let server: Server;
const port = 4368;
const get = (path: string) => fetch(`http://127.0.0.1:${port}${path}`, { redirect: 'manual' });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kz-serve-'));
  mkdirSync(join(dir, 'lessons/a'), { recursive: true });
  mkdirSync(join(dir, '_astro'));
  writeFileSync(join(dir, 'index.html'), '<h1>home</h1>');
  writeFileSync(join(dir, 'lessons/a/index.html'), '<h1>lesson</h1>');
  writeFileSync(join(dir, '_astro/x.js'), 'console.log(1)');
  writeFileSync(join(dir, '404.html'), '<h1>missing</h1>');
  mkdirSync(join(dir, 'ru'));
  writeFileSync(join(dir, 'ru/404.html'), '<h1>нет такой страницы</h1>');
  server = await serveStatic(dir, port, '/kz/');
});
afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('serveStatic', () => {
  it('serves folders as their index.html under the base path, with content types', async () => {
    const home = await get('/kz/');
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await home.text()).toBe('<h1>home</h1>');
    expect(await (await get('/kz/lessons/a/')).text()).toBe('<h1>lesson</h1>');
    const js = await get('/kz/_astro/x.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toContain('immutable');
  });
  it('redirects a folder without its slash and answers 404.html for anything missing or outside the base', async () => {
    const r = await get('/kz/lessons/a');
    expect(r.status).toBe(301);
    expect(r.headers.get('location')).toBe('/kz/lessons/a/');
    for (const path of ['/kz/nowhere/', '/lessons/a/', '/kz/../index.html']) {
      const missing = await get(path);
      expect(missing.status, path).toBe(404);
      expect(await missing.text()).toBe('<h1>missing</h1>');
    }
  });
  it('answers the nearest 404.html up the path, so a language’s missing address gets its own page', async () => {
    for (const path of ['/kz/ru/nowhere/', '/kz/ru/lessons/x/y/', '/kz/ru/nowhere']) {
      const missing = await get(path);
      expect(missing.status, path).toBe(404);
      expect(await missing.text()).toBe('<h1>нет такой страницы</h1>');
    }
    expect(await (await get('/kz/kk/nowhere/')).text()).toBe('<h1>missing</h1>');
  });
});
