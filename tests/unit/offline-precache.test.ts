// What each language's service worker stores (src/offline/precache.ts), run through Workbox's own file matching on
// a built-site-shaped folder: every lesson and quiz page of the course in each language, never the print pages, the
// LMS guide and downloads, questions.json or another language's files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { getManifest } from 'workbox-build';
import { locales, localePrefix, type Locale } from '../../src/i18n/locales.ts';
import { precacheGlobs, withoutUnusedScripts } from '../../src/offline/precache.ts';

const root = join(import.meta.dirname, '../..');
const slugs = (dir: string, ext: string) => readdirSync(join(root, dir)).filter((f) => f.endsWith(ext)).map((f) => f.slice(0, -ext.length));
const lessons = slugs('lessons', '.mdx');
const quizzes = slugs('quizzes', '.yaml');
// Kazakh has no Pagefind stemmer, so its index runs on the language-neutral WASM.
const wasm: Record<Locale, string | null> = { en: 'en', ru: 'ru', kk: null };

let dir: string;
function file(path: string): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), path);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kzm-precache-'));
  for (const locale of locales) {
    const p = localePrefix(locale);
    for (const page of ['', 'lessons/', 'quizzes/', 'review/', 'progress/', 'glossary/', 'timeline/', 'map/', 'sources/', 'search/', 'offline/', '404/', 'assignment/', 'teach/', 'for-teachers/', 'teach/print/', 'for-teachers/lms/']) file(`${p}${page}index.html`);
    for (const slug of lessons) file(`${p}lessons/${slug}/index.html`);
    for (const id of quizzes) for (const page of ['', 'worksheet/', 'answer-key/']) file(`${p}quizzes/${id}/${page}index.html`);
    file(`${p}questions.json`);
    file(`${p}404.html`);
    file(`${p}sw.js`);
    if (locale !== 'en') file(`${p}manifest.webmanifest`);
    file(`pagefind/wasm.${wasm[locale] ?? 'unknown'}.pagefind`);
    file(`pagefind/pagefind.${locale}_abc.pf_meta`);
    file(`pagefind/index/${locale}_abc.pf_index`);
    file(`pagefind/fragment/${locale}_abc.pf_fragment`);
  }
  for (const f of ['manifest.webmanifest', 'retired-questions.json', 'favicon.svg', 'maps/basemap.svg', 'icons/icon-512.png', 'icons/apple-touch-icon.png', 'workbox-1234.js', '_astro/page.abc.js', '_astro/site.abc.css', '_astro/scorm-download.abc.js', 'downloads/scorm/final-exam.zip', 'downloads/moodle/all-quizzes.xml', 'pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/pagefind-entry.json', 'pagefind/pagefind-ui.js', 'pagefind/pagefind-highlight.js', 'pagefind/wasm.unknown.pagefind']) file(f);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function stored(locale: Locale): Promise<string[]> {
  const { manifestEntries, warnings } = await getManifest({ globDirectory: dir, ...precacheGlobs(locale, wasm[locale]) });
  expect(warnings).toEqual([]);
  return (manifestEntries ?? []).map((e) => e.url).sort();
}

describe('what each language’s worker stores (src/offline/precache.ts)', () => {
  for (const locale of locales) {
    it(`${locale}: every lesson and quiz page, the student's pages and the search, nothing printable or another language's`, async () => {
      const p = localePrefix(locale);
      const urls = await stored(locale);
      expect(lessons.length).toBeGreaterThanOrEqual(7);
      expect(quizzes.length).toBeGreaterThanOrEqual(8);
      for (const slug of lessons) expect(urls).toContain(`${p}lessons/${slug}/index.html`);
      for (const id of quizzes) expect(urls).toContain(`${p}quizzes/${id}/index.html`);
      for (const page of ['', 'lessons/', 'quizzes/', 'review/', 'progress/', 'glossary/', 'timeline/', 'map/', 'sources/', 'search/', 'offline/', 'assignment/']) expect(urls).toContain(`${p}${page}index.html`);
      expect(urls).toEqual(expect.arrayContaining(['_astro/page.abc.js', '_astro/site.abc.css', 'maps/basemap.svg', 'retired-questions.json', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', `pagefind/wasm.${wasm[locale] ?? 'unknown'}.pagefind`, `pagefind/index/${locale}_abc.pf_index`, `pagefind/fragment/${locale}_abc.pf_fragment`]));

      // The teachers' pages: printable worksheets and answer keys, the teacher tools, the guides; online only.
      for (const id of quizzes) {
        expect(urls).not.toContain(`${p}quizzes/${id}/worksheet/index.html`);
        expect(urls).not.toContain(`${p}quizzes/${id}/answer-key/index.html`);
      }
      for (const page of ['teach/', 'teach/print/', 'for-teachers/', 'for-teachers/lms/']) expect(urls).not.toContain(`${p}${page}index.html`);
      // The quiz pages carry the questions; the workers, downloads, icons, Pagefind's UI and worker are not stored.
      expect(urls).not.toContain(`${p}questions.json`);
      const never = urls.filter((u) => /(^|\/)(sw\.js|404\.html)$|^workbox-|^downloads\/|^icons\/|scorm-download|pagefind-(ui|highlight|worker)/.test(u));
      expect(never).toEqual([]);
      // Nothing of another language: its pages, its index, its engine (unless shared, as none is here).
      const others = locales.filter((l) => l !== locale);
      expect(urls.filter((u) => others.some((l) => (l !== 'en' && u.startsWith(`${l}/`)) || u.includes(`/${l}_abc`)))).toEqual([]);
    });
  }


  it('leaves out the scripts no stored page runs, keeping what a stored page or a kept script names', async () => {
    const site = mkdtempSync(join(tmpdir(), 'kzm-scripts-'));
    try {
      const write = (path: string, text: string) => {
        mkdirSync(dirname(join(site, path)), { recursive: true });
        writeFileSync(join(site, path), text);
      };
      write('ru/review/index.html', '<script type="module" src="/kz/_astro/review.A1.js"></script>');
      write('_astro/review.A1.js', 'import{t}from"./strings.B2.js";new Worker(new URL(`/kz/_astro/bank-worker-C3.js`,import.meta.url));');
      write('_astro/strings.B2.js', 'export const t=1;');
      write('_astro/bank-worker-C3.js', 'self.onmessage=()=>{};');
      write('_astro/teach.D4.js', 'import("./qr-svg.E5.js")');
      write('_astro/qr-svg.E5.js', '');
      write('_astro/style.F6.css', '');
      const entries = ['ru/review/index.html', '_astro/review.A1.js', '_astro/strings.B2.js', '_astro/bank-worker-C3.js', '_astro/teach.D4.js', '_astro/qr-svg.E5.js', '_astro/style.F6.css'].map((url) => ({ url, size: 1, revision: null }));
      const { manifest } = await withoutUnusedScripts(site)(entries);
      expect(manifest!.map((e) => e.url)).toEqual(['ru/review/index.html', '_astro/review.A1.js', '_astro/strings.B2.js', '_astro/bank-worker-C3.js', '_astro/style.F6.css']);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});
