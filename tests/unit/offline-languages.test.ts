import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { navigationCaching, workerFile } from '../../src/offline/workers.ts';
import { otherLanguagesFiles, searchFiles } from '../../src/offline/precache.ts';
import { byteReport } from '../../src/quality/byte-budget.ts';
import { hostHeaders } from '../../src/offline/host-headers.ts';

type Fn = (options: Record<string, unknown>) => unknown;
const navigate = (href: string) => ({ url: new URL(href), request: { mode: 'navigate', url: href } });

describe('one service worker per language', () => {
  it('puts each worker in its language’s folder and keeps the other languages’ files out of its precache', () => {
    expect([workerFile('en'), workerFile('ru'), workerFile('kk')]).toEqual(['sw.js', 'ru/sw.js', 'kk/sw.js']);
    expect(otherLanguagesFiles('en')).toEqual(expect.arrayContaining(['ru/**', 'kk/**', 'pagefind/index/ru_*', 'pagefind/fragment/kk_*', 'pagefind/wasm.ru.pagefind']));
    expect(otherLanguagesFiles('ru')).toEqual(expect.arrayContaining(['kk/**', 'pagefind/index/en_*', 'pagefind/wasm.en.pagefind']));
    expect(otherLanguagesFiles('ru')).not.toContain('en/**');
    // Kazakh has no Pagefind stemmer: its search runs on the language-neutral WASM, which its worker must store.
    expect(searchFiles('kk', null)).toContain('pagefind/wasm.unknown.pagefind');
    expect(searchFiles('ru', 'ru')).toContain('pagefind/wasm.ru.pagefind');
  });

  it('answers only its own language’s page addresses (English leaves /ru/ and /kk/ to their workers)', () => {
    const en = navigationCaching('en', '/kz/').urlPattern as unknown as Fn;
    expect(en(navigate('https://x.example/kz/lessons/a/'))).toBe(true);
    expect(en(navigate('https://x.example/kz/ru/lessons/a/'))).toBe(false);
    expect(en(navigate('https://x.example/kz/kk/'))).toBe(false);
    expect(en({ url: new URL('https://x.example/kz/questions.json'), request: { mode: 'cors' } })).toBe(false);
    const ru = navigationCaching('ru', '/kz/').urlPattern as unknown as Fn;
    expect(ru(navigate('https://x.example/kz/ru/lessons/a/'))).toBe(true);
    expect(ru(navigate('https://x.example/kz/lessons/a/'))).toBe(false);
  });

  it('sends an address without its trailing slash to the page when the network fails, and otherwise the offline page', async () => {
    const caching = navigationCaching('ru', '/');
    expect(caching.handler).toBe('NetworkOnly');
    expect(caching.options?.precacheFallback).toEqual({ fallbackURL: '/ru/offline/' });
    const [plugin] = caching.options!.plugins! as unknown as { handlerDidError: Fn; fetchDidSucceed?: Fn }[];
    const redirect = (await plugin!.handlerDidError({ request: { url: 'https://x.example/ru/lessons/a?utm=1' } })) as Response;
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toBe('https://x.example/ru/lessons/a/?utm=1');
    // A page address that has its slash, or a file, falls through to the offline page.
    expect(await plugin!.handlerDidError({ request: { url: 'https://x.example/ru/lessons/a/' } })).toBeUndefined();
    expect(await plugin!.handlerDidError({ request: { url: 'https://x.example/ru/questions.json' } })).toBeUndefined();
    // Online, a response that is not a 404 passes through untouched.
    const ok = new Response('page', { status: 200 });
    expect(await plugin!.fetchDidSucceed!({ response: ok })).toBe(ok);
    // A host that answers a Russian address with its (English) root 404.html: the stored Russian 404 page, still 404.
    const stored = globalThis.caches;
    const asked: string[] = [];
    globalThis.caches = { match: async (url: string) => (asked.push(url), new Response('<h1>Страница не найдена</h1>', { headers: { 'content-type': 'text/html' } })) } as unknown as CacheStorage;
    try {
      const page = (await plugin!.fetchDidSucceed!({ response: new Response('<h1>Page not found</h1>', { status: 404 }) })) as Response;
      expect(page.status).toBe(404);
      expect(await page.text()).toBe('<h1>Страница не найдена</h1>');
      expect(asked).toEqual(['/ru/404/']);
    } finally {
      globalThis.caches = stored;
    }
    // English has no 404 substitution: the host's 404.html is English.
    expect((navigationCaching('en', '/').options!.plugins! as object[])[0]).not.toHaveProperty('fetchDidSucceed');
  });

  it('lets the host serve each language’s worker and manifest fresh', () => {
    const headers = hostHeaders('/');
    for (const path of ['/sw.js', '/ru/sw.js', '/kk/sw.js']) expect(headers).toContain(`${path}\n  Cache-Control: no-cache, no-store, must-revalidate`);
    expect(headers).toContain('/kk/manifest.webmanifest\n  Content-Type: application/manifest+json');
  });

  it('measures each language’s precache against the budget on its own', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kz-langs-'));
    try {
      mkdirSync(join(dir, 'ru/lessons/a'), { recursive: true });
      writeFileSync(join(dir, 'index.html'), '<h1>home</h1>');
      writeFileSync(join(dir, 'ru/index.html'), '<h1>главная</h1>');
      writeFileSync(join(dir, 'ru/lessons/a/index.html'), 'x'.repeat(3000));
      writeFileSync(join(dir, 'sw.js'), 'precacheAndRoute([{url:"index.html",revision:"1"}])');
      writeFileSync(join(dir, 'ru/sw.js'), 'precacheAndRoute([{url:"/ru/",revision:"1"},{url:"/ru/lessons/a/",revision:"2"}])');
      const report = byteReport(dir, { budgets: { js: {}, css: 100_000, precache: 2000 } });
      expect(report.languagePrecaches.map((p) => [p.worker, p.precache.files, p.precache.total])).toEqual([['ru/sw.js', 2, Buffer.byteLength('<h1>главная</h1>') + 3000]]);
      expect(report.violations.map((v) => v.message)).toEqual([expect.stringMatching(/^the ru\/sw\.js precache: .* is over the precache budget/)]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
