import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { byteReport, formatReport, gzipSize, pageType, precacheUrls, staticImports, summarise } from '../../src/quality/byte-budget.ts';

let dir: string;
const write = (file: string, text: string) => {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
};
const page = (head: string, body = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
/** Text that gzip cannot shrink much: `n` characters of random base64. */
const noise = (n: number) => randomBytes(Math.ceil((n * 3) / 4)).toString('base64').slice(0, n);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bytes-test-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('pageType', () => {
  it('groups pages by URL', () => {
    expect(pageType('/')).toBe('home');
    expect(pageType('/lessons/astana-process/')).toBe('lesson');
    expect(pageType('/lessons/')).toBe('other');
    expect(pageType('/quizzes/final-exam/')).toBe('quiz');
    expect(pageType('/assignment/')).toBe('quiz');
    expect(pageType('/teach/')).toBe('teacher');
    expect(pageType('/404.html')).toBe('other');
  });

  it('types a Russian or Kazakh page like its English one', () => {
    expect(pageType('/ru/')).toBe('home');
    expect(pageType('/kk/lessons/astana-process/')).toBe('lesson');
    expect(pageType('/ru/quizzes/final-exam/')).toBe('quiz');
    expect(pageType('/kk/assignment/')).toBe('quiz');
    expect(pageType('/ru/teach/print/')).toBe('teacher');
    expect(pageType('/russia/')).toBe('other');
  });
});

describe('staticImports', () => {
  it('finds minified static imports and re-exports, not dynamic imports', () => {
    const js = 'import"./a.js";import{a as e,b as t}from"./b.js";import * as x from \'../c.js\';export*from"./d.js";const y=import("./lazy.js");';
    expect(staticImports(js)).toEqual(['./a.js', './b.js', '../c.js', './d.js']);
  });
});

describe('precacheUrls', () => {
  it('reads a Workbox manifest', () => {
    const sw = 'e.precacheAndRoute([{url:"index.html",revision:"abc"},{revision:null,url:"_astro/a.js"},{"url":"404.html","revision":"x"}],{});';
    expect(precacheUrls(sw)).toEqual(['index.html', '_astro/a.js', '404.html']);
  });
});

describe('byteReport', () => {
  it('follows the import graph once per module, counts inline scripts but not JSON data, and sums CSS', () => {
    const entry = 'import"./runner.js";';
    const runner = `import{a}from"./dom.js";import{b}from"./dom.js";console.log(a,b,"${noise(200)}")`;
    const dom = `export const a=1,b=2;"${noise(300)}"`;
    const css = `body{color:red}/*${noise(100)}*/`;
    const inline = 'console.log("hi")';
    write('_astro/entry.js', entry);
    write('_astro/runner.js', runner);
    write('_astro/dom.js', dom);
    write('_astro/lazy.js', noise(5000));
    write('_astro/site.css', css);
    write('quizzes/q1/index.html', page('<link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/entry.js"></script>', `<script type="application/json" data-questions>${noise(4000)}</script><script>${inline}</script>`));
    write('lessons/a/index.html', page('<link rel="stylesheet" href="/_astro/site.css">'));
    write('index.html', page('<link rel="stylesheet" href="/_astro/site.css"><style>h1{color:blue}</style>'));

    const report = byteReport(dir);
    const quiz = report.pages.find((p) => p.page === '/quizzes/q1/')!;
    expect(quiz.type).toBe('quiz');
    expect(quiz.jsFiles.sort()).toEqual(['(inline script 1)', '_astro/dom.js', '_astro/entry.js', '_astro/runner.js']);
    expect(quiz.js).toBe(gzipSize(entry) + gzipSize(runner) + gzipSize(dom) + gzipSize(inline));
    expect(quiz.css).toBe(gzipSize(css));
    const home = report.pages.find((p) => p.page === '/')!;
    expect(home.css).toBe(gzipSize(css) + gzipSize('h1{color:blue}'));
    expect(report.pages.find((p) => p.page === '/lessons/a/')!.js).toBe(0);
    // Three files in a chain: over the one-module-per-page limit.
    expect(report.violations.map((v) => `${v.page} ${v.what} ${v.bytes}`)).toEqual(['/quizzes/q1/ modules 3']);
    expect(report.precache.from).toBe('dist');
    expect(summarise(report.pages).map((r) => r.type)).toEqual(['home', 'lesson', 'quiz']);
    expect(formatReport(report)).toContain('| quiz ');
  });

  it('resolves URLs under a base path', () => {
    write('_astro/l.js', `"${noise(100)}"`);
    write('lessons/a/index.html', page('<script type="module" src="/kz/_astro/l.js"></script>'));
    const lesson = byteReport(dir, { base: '/kz/' }).pages[0]!;
    expect(lesson.jsFiles).toEqual(['_astro/l.js']);
    expect(lesson.missing).toEqual([]);
  });

  it('fails a lesson page over its JS budget, naming the page and the budget', () => {
    write('_astro/big.js', `"${noise(6000)}"`);
    write('lessons/heavy/index.html', page('<script type="module" src="/_astro/big.js"></script>'));
    const report = byteReport(dir);
    expect(report.violations).toHaveLength(1);
    expect(report.violations[0]!.page).toBe('/lessons/heavy/');
    expect(report.violations[0]!.message).toMatch(/^\/lessons\/heavy\/: .* over the lesson page budget of 3\.0 KB$/);
  });

  it('fails a page whose script is split into more than one file, and passes one joined file', () => {
    write('_astro/entry.js', 'import"./shared.js";');
    write('_astro/shared.js', 'export const a=1;');
    write('_astro/joined.js', 'const a=1;');
    write('lessons/split/index.html', page('<script type="module" src="/_astro/entry.js"></script>'));
    write('lessons/joined/index.html', page('<script type="module" src="/_astro/joined.js"></script><script>console.log(1)</script>'));
    const report = byteReport(dir);
    expect(report.violations.map((v) => v.page)).toEqual(['/lessons/split/']);
    expect(report.violations[0]!.message).toMatch(/loads 2 script files before its script runs \(_astro\/entry\.js, _astro\/shared\.js\); the limit is 1/);
  });

  it('sums the Workbox precache manifest when there is a service worker, and fails it over budget', () => {
    write('index.html', page(''));
    write('big.bin', 'x'.repeat(3000));
    write('unlisted.bin', 'x'.repeat(100000));
    write('sw.js', 'self.x([{url:"index.html",revision:"1"},{url:"big.bin",revision:"2"}]);');
    const report = byteReport(dir, { budgets: { js: {}, css: 20480, precache: 2000 } });
    expect(report.precache.from).toBe('sw.js');
    expect(report.precache.files).toBe(2);
    expect(report.precache.total).toBe(page('').length + 3000);
    expect(report.violations.map((v) => v.what)).toEqual(['precache']);
  });

  it('counts pages listed by their directory URL, as the PWA plugin lists them, from their index.html', () => {
    write('index.html', page(''));
    write('lessons/a/index.html', page('lesson'));
    write('sw.js', 'self.x([{url:"/",revision:"1"},{url:"lessons/a/",revision:"2"},{url:"gone/",revision:"3"}]);');
    const report = byteReport(dir);
    expect(report.precache.files).toBe(2);
    expect(report.precache.total).toBe(page('').length + page('lesson').length);
    expect(report.precache.missing).toEqual(['gone/']);
  });

  it('lists the LMS downloads by kind, leaves them out of the precache, and fails when the worker precaches one', () => {
    write('index.html', page(''));
    write('downloads/scorm/a.zip', 'z'.repeat(5000));
    write('downloads/scorm/b.zip', 'z'.repeat(7000));
    write('downloads/moodle/a.xml', 'x'.repeat(300));
    const withoutWorker = byteReport(dir);
    expect(withoutWorker.downloads).toEqual([
      { file: 'downloads/moodle/a.xml', bytes: 300 },
      { file: 'downloads/scorm/a.zip', bytes: 5000 },
      { file: 'downloads/scorm/b.zip', bytes: 7000 },
    ]);
    expect(withoutWorker.precache.total).toBe(page('').length);
    expect(formatReport(withoutWorker)).toMatch(/downloads\/scorm\/ +\| 2 +\| 11\.7 KB \| b\.zip \(6\.8 KB\)/);
    write('sw.js', 'self.x([{url:"index.html",revision:"1"},{url:"downloads/scorm/a.zip",revision:"2"}]);');
    const precached = byteReport(dir);
    expect(precached.violations.map((v) => [v.what, v.page])).toEqual([['download', 'downloads/scorm/a.zip']]);
  });
});
