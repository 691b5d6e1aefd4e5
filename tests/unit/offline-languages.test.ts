import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nestedScopes, workerDefines, workerFile } from '../../src/offline/workers.ts';
import { otherLanguagesFiles, searchFiles } from '../../src/offline/precache.ts';
import { answersNavigation, respondToNavigation } from '../../src/offline/navigation.ts';
import { byteReport } from '../../src/quality/byte-budget.ts';
import { hostHeaders } from '../../src/offline/host-headers.ts';


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
    expect(nestedScopes('en')).toEqual(['ru/', 'kk/']);
    expect(nestedScopes('ru')).toEqual([]);
    // What sw.ts is built with: English's worker knows the scopes inside its own, Russian's none.
    expect(JSON.parse(workerDefines('en').__NESTED_SCOPES__!)).toEqual(['ru/', 'kk/']);
    expect(JSON.parse(workerDefines('kk').__NESTED_SCOPES__!)).toEqual([]);
    const en = (href: string) => answersNavigation(href, 'https://x.example/kz/', nestedScopes('en'));
    expect(en('https://x.example/kz/lessons/a/')).toBe(true);
    expect(en('https://x.example/kz/rules/')).toBe(true);
    expect(en('https://x.example/kz/ru/lessons/a/')).toBe(false);
    expect(en('https://x.example/kz/kk/')).toBe(false);
    expect(en('https://x.example/kz/kk?utm=1')).toBe(false);
    expect(en('https://x.example/other/')).toBe(false);
    const ru = (href: string) => answersNavigation(href, 'https://x.example/kz/ru/', nestedScopes('ru'));
    expect(ru('https://x.example/kz/ru/lessons/a/')).toBe(true);
    expect(ru('https://x.example/kz/lessons/a/')).toBe(false);
  });

  it('online, a Russian address the host does not know gets the stored Russian 404 page, still with status 404', async () => {
    const stored = new Map([['https://x.example/ru/404/', '<h1>Страница не найдена</h1>'], ['https://x.example/ru/offline/', 'offline']]);
    const deps = (status: number) => ({
      precached: async (url: string) => (stored.has(url) ? new Response(stored.get(url), { headers: { 'content-type': 'text/html' } }) : undefined),
      network: async () => new Response(status === 404 ? '<h1>Page not found</h1>' : 'page', { status }),
      offlinePage: 'https://x.example/ru/offline/',
      notFoundPage: 'https://x.example/ru/404/',
    });
    const page = await respondToNavigation(new Request('https://x.example/ru/nope/'), deps(404));
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toBe('text/html');
    expect(await page.text()).toBe('<h1>Страница не найдена</h1>');
    // Any other answer from the network passes through untouched.
    const ok = await respondToNavigation(new Request('https://x.example/ru/new-page/'), deps(200));
    expect(await ok.text()).toBe('page');
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
