// Byte report over a built static site (dist/): what each page makes a student download, gzip-compressed, and
// what the offline precache holds. Students are often on a phone on a metered connection, so a lesson should
// ship almost no JavaScript and a quiz only its runner. `npm run bytes` prints the report and fails over budget.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { translatedLocales } from '../i18n/locales.ts';

export type PageType = 'home' | 'lesson' | 'quiz' | 'teacher' | 'other';
export const pageTypes: readonly PageType[] = ['home', 'lesson', 'quiz', 'teacher', 'other'];

const KB = 1024;
const MB = 1024 * KB;

/** Limits in bytes (KB = 1024 bytes). JS and CSS are per page, gzip-compressed; precache is raw bytes. */
export interface Budgets {
  js: Partial<Record<PageType, number>>;
  css: number;
  precache: number;
  /** Script files a page fetches before its script runs (its modules and their static imports); each import level
   * is a round trip on a slow network. */
  modules?: number;
}

export const defaultBudgets: Budgets = {
  js: { lesson: 3 * KB, quiz: 15 * KB },
  css: 20 * KB,
  precache: 2 * MB,
  modules: 1,
};

export interface PageBytes {
  /** URL path relative to the base, e.g. "/lessons/astana-process/". */
  page: string;
  type: PageType;
  /** gzip bytes of every script the page runs: module scripts, their static imports, inline scripts. */
  js: number;
  /** gzip bytes of the linked stylesheets and inline <style>. */
  css: number;
  /** dist-relative files counted, and "(inline)" entries. */
  jsFiles: string[];
  cssFiles: string[];
  /** Referenced files that do not exist in dist (a broken build; reported, not counted). */
  missing: string[];
}

export interface Precache {
  /** 'sw.js': the Workbox precache manifest; 'dist': every file in dist, as no service worker was built. */
  from: 'sw.js' | 'dist';
  total: number;
  files: number;
  /** Files left out of a 'dist' total (source maps, files over the Workbox size limit), and manifest URLs not found. */
  excluded: string[];
  missing: string[];
  /** The precached URLs as dist-relative paths (only with sw.js). */
  urls?: string[];
}

export interface LanguagePrecache {
  /** The worker's script, dist-relative ("ru/sw.js"). */
  worker: string;
  precache: Precache;
}

/** Files teachers download for their LMS (`downloads/`): listed with their size, never precached. */
export interface DownloadFile {
  file: string;
  bytes: number;
}

export const DOWNLOADS_DIR = 'downloads/';

export interface Violation {
  page: string;
  what: 'js' | 'css' | 'precache' | 'download' | 'modules';
  bytes: number;
  limit: number;
  message: string;
}

export interface ByteReport {
  pages: PageBytes[];
  /** The English worker's precache (sw.js), or every file in dist when no worker was built. */
  precache: Precache;
  /** The other languages' workers (ru/sw.js, kk/sw.js), each with its own precache and the same budget. */
  languagePrecaches: LanguagePrecache[];
  downloads: DownloadFile[];
  violations: Violation[];
}

/** Which kind of page a URL path is, for budgets. A language's pages (/ru/…, /kk/…) are typed like English ones. */
export function pageType(url: string): PageType {
  const page = url.replace(new RegExp(`^/(${translatedLocales.join('|')})(?=/)`), '');
  if (page === '/' || page === '/index.html') return 'home';
  if (/^\/lessons\/[^/]+\/$/.test(page)) return 'lesson';
  if (/^\/quizzes\/[^/]+\/$/.test(page) || /^\/assignment\//.test(page)) return 'quiz';
  if (/^\/teach\//.test(page)) return 'teacher';
  return 'other';
}

export function gzipSize(data: string | Buffer): number {
  return gzipSync(data).length;
}

/** Every file under `dir`, as dist-relative paths with forward slashes ("lessons/a/index.html"). */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The page URL of an HTML file: "lessons/a/index.html" → "/lessons/a/", "404.html" → "/404.html". */
export function pageUrl(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

const ATTRS = /([\w:-]+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const inner = tag.replace(/^<\w+/, '').replace(/\/?>$/, '');
  for (const m of inner.matchAll(ATTRS)) attrs.set(m[1]!.toLowerCase(), (m[2] ?? m[3] ?? m[4] ?? '').replace(/&amp;/g, '&'));
  return attrs;
}

const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/**
 * Resolves a URL found in `fromFile` (dist-relative) to a dist-relative file, or null when it points off the
 * site (another origin, outside the base path).
 */
export function resolveUrl(url: string, fromFile: string, base = '/'): string | null {
  if (/^(data:|blob:|javascript:)/i.test(url)) return null;
  const from = `http://site/${fromFile}`;
  let target: URL;
  try {
    target = new URL(url, from);
  } catch {
    return null;
  }
  if (target.host !== 'site') return null;
  const path = decodeURIComponent(target.pathname);
  // Page-absolute URLs carry the base; URLs inside JS files are relative to the file, so already dist-relative.
  if (url.startsWith('/')) return path.startsWith(base) ? path.slice(base.length).replace(/^\/+/, '') : null;
  return path.replace(/^\/+/, '');
}

// Static imports and re-exports in (minified) ES modules: `import"./a.js"`, `import{a as b}from"./c.js"`,
// `import * as x from './y.js'`, `export*from"./z.js"`. Dynamic `import("…")` is loaded later, on demand: not counted.
const STATIC_IMPORT = /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"'\n]+)["']/g;

export function staticImports(js: string): string[] {
  return [...js.matchAll(STATIC_IMPORT)].map((m) => m[1]!).filter((s) => /^(\.{1,2}\/|\/)/.test(s));
}

/** Reads files once and remembers their gzip size. */
class Dist {
  private sizes = new Map<string, number>();
  private texts = new Map<string, string | null>();
  readonly dir: string;
  constructor(dir: string) {
    this.dir = dir;
  }
  text(file: string): string | null {
    if (!this.texts.has(file)) {
      const path = join(this.dir, file);
      this.texts.set(file, existsSync(path) && statSync(path).isFile() ? readFileSync(path, 'utf8') : null);
    }
    return this.texts.get(file)!;
  }
  gzip(file: string): number {
    if (!this.sizes.has(file)) this.sizes.set(file, gzipSize(readFileSync(join(this.dir, file))));
    return this.sizes.get(file)!;
  }
}

function analysePage(dist: Dist, file: string, base: string): PageBytes {
  const html = dist.text(file) ?? '';
  const page = pageUrl(file);
  const jsFiles = new Set<string>();
  const cssFiles = new Set<string>();
  const missing = new Set<string>();
  let js = 0;
  let css = 0;

  const addJs = (start: string) => {
    // Depth-first over the static import graph; each module counted once per page.
    const stack = [start];
    while (stack.length > 0) {
      const f = stack.pop()!;
      if (jsFiles.has(f) || missing.has(f)) continue;
      const text = dist.text(f);
      if (text === null) {
        missing.add(f);
        continue;
      }
      jsFiles.add(f);
      js += dist.gzip(f);
      for (const spec of staticImports(text)) {
        const next = resolveUrl(spec, f, base);
        if (next !== null) stack.push(next);
      }
    }
  };

  let inlineScripts = 0;
  for (const m of html.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = attributes(m[1]!);
    const type = (attrs.get('type') ?? '').toLowerCase();
    if (!EXECUTABLE.has(type)) continue; // JSON data islands and the like are not scripts
    const src = attrs.get('src');
    if (src !== undefined) {
      const f = resolveUrl(src, file, base);
      if (f !== null) addJs(f);
    } else if (m[2]!.trim() !== '') {
      inlineScripts++;
      js += gzipSize(m[2]!);
      jsFiles.add(`(inline script ${inlineScripts})`);
      // An inline module can import files too.
      if (type === 'module') for (const spec of staticImports(m[2]!)) {
        const f = resolveUrl(spec, file, base);
        if (f !== null) addJs(f);
      }
    }
  }
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const attrs = attributes(m[0]);
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = attrs.get('href');
    if (href === undefined) continue;
    const f = resolveUrl(href, file, base);
    if (f === null) continue;
    if (rel.includes('stylesheet')) {
      if (cssFiles.has(f)) continue;
      if (dist.text(f) === null) missing.add(f);
      else {
        cssFiles.add(f);
        css += dist.gzip(f);
      }
    } else if (rel.includes('modulepreload')) addJs(f);
  }
  let inlineStyles = 0;
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) {
    if (m[1]!.trim() === '') continue;
    inlineStyles++;
    css += gzipSize(m[1]!);
    cssFiles.add(`(inline style ${inlineStyles})`);
  }
  return { page, type: pageType(page), js, css, jsFiles: [...jsFiles], cssFiles: [...cssFiles], missing: [...missing] };
}

/** Workbox writes its manifest as `{url:"…",revision:"…"}` (or revision:null), keys quoted or not, either order. */
export function precacheUrls(sw: string): string[] {
  const urls: string[] = [];
  for (const m of sw.matchAll(/\{[^{}]*\}/g)) {
    const obj = m[0];
    if (!/["']?revision["']?\s*:/.test(obj)) continue;
    const url = /["']?url["']?\s*:\s*(?:"([^"]*)"|'([^']*)')/.exec(obj);
    if (url) urls.push(url[1] ?? url[2]!);
  }
  return urls;
}

/** Source maps are never fetched by students; Workbox skips files over 2 MiB unless told otherwise; LMS downloads are excluded from it. */
const NOT_SHIPPED = /\.map$/;
const WORKBOX_MAX_FILE = 2 * MB;

export function measurePrecache(dir: string, base = '/', worker = 'sw.js'): Precache {
  const swPath = join(dir, worker);
  if (existsSync(swPath) || worker !== 'sw.js') {
    const urls = [...new Set(precacheUrls(readFileSync(swPath, 'utf8')))];
    let total = 0;
    const missing: string[] = [];
    for (const url of urls) {
      const f = resolveUrl(url, worker, base);
      // Pages are precached by their directory URL ("lessons/x/"), served from its index.html.
      const path = f === null ? null : f === '' || f.endsWith('/') ? join(dir, f, 'index.html') : join(dir, f);
      if (path && existsSync(path) && statSync(path).isFile()) total += statSync(path).size;
      else missing.push(url);
    }
    return { from: 'sw.js', total, files: urls.length - missing.length, excluded: [], missing, urls: urls.map((u) => resolveUrl(u, worker, base) ?? u) };
  }
  let total = 0;
  let files = 0;
  const excluded: string[] = [];
  for (const f of listFiles(dir)) {
    const size = statSync(join(dir, f)).size;
    if (NOT_SHIPPED.test(f) || size > WORKBOX_MAX_FILE || f.startsWith(DOWNLOADS_DIR)) {
      excluded.push(f);
      continue;
    }
    total += size;
    files++;
  }
  return { from: 'dist', total, files, excluded, missing: [] };
}

export function formatBytes(n: number): string {
  if (n >= MB) return `${(n / MB).toFixed(2)} MB`;
  if (n >= KB) return `${(n / KB).toFixed(1)} KB`;
  return `${n} B`;
}

/** The other languages' workers in a build: every `<xx>/sw.js` at the top of dist. */
export function languageWorkers(dir: string): string[] {
  return readdirSync(dir)
    .filter((d) => /^[a-z]{2}$/.test(d) && existsSync(join(dir, d, 'sw.js')))
    .map((d) => `${d}/sw.js`)
    .sort();
}

export function checkBudgets(pages: readonly PageBytes[], precache: Precache, budgets: Budgets = defaultBudgets, languagePrecaches: readonly LanguagePrecache[] = []): Violation[] {
  const violations: Violation[] = [];
  for (const { worker, precache: p } of languagePrecaches) {
    for (const url of p.urls ?? []) if (url.startsWith(DOWNLOADS_DIR)) violations.push({ page: url, what: 'download', bytes: 0, limit: 0, message: `${url} is an LMS download and must not be precached by ${worker}` });
    if (p.total > budgets.precache) violations.push({ page: `(precache ${worker})`, what: 'precache', bytes: p.total, limit: budgets.precache, message: `the ${worker} precache: ${formatBytes(p.total)} is over the precache budget of ${formatBytes(budgets.precache)}` });
  }
  // Downloads are fetched by teachers on demand; precaching them would cost every student's phone their bytes.
  for (const url of precache.urls ?? []) {
    if (url.startsWith(DOWNLOADS_DIR)) violations.push({ page: url, what: 'download', bytes: 0, limit: 0, message: `${url} is an LMS download and must not be precached (exclude downloads/ from Workbox)` });
  }
  for (const p of pages) {
    const jsLimit = budgets.js[p.type];
    if (jsLimit !== undefined && p.js > jsLimit) {
      violations.push({ page: p.page, what: 'js', bytes: p.js, limit: jsLimit, message: `${p.page}: ${formatBytes(p.js)} of JavaScript (gzip) is over the ${p.type} page budget of ${formatBytes(jsLimit)}` });
    }
    const files = p.jsFiles.filter((f) => !f.startsWith('(inline'));
    if (budgets.modules !== undefined && files.length > budgets.modules) {
      violations.push({ page: p.page, what: 'modules', bytes: files.length, limit: budgets.modules, message: `${p.page}: loads ${files.length} script files before its script runs (${files.join(', ')}); the limit is ${budgets.modules} (see src/integrations/one-module-per-page.ts)` });
    }
    if (p.css > budgets.css) {
      violations.push({ page: p.page, what: 'css', bytes: p.css, limit: budgets.css, message: `${p.page}: ${formatBytes(p.css)} of CSS (gzip) is over the per-page budget of ${formatBytes(budgets.css)}` });
    }
  }
  if (precache.total > budgets.precache) {
    const what = precache.from === 'sw.js' ? 'the service worker precache' : 'the files in dist (no service worker yet)';
    violations.push({ page: '(precache)', what: 'precache', bytes: precache.total, limit: budgets.precache, message: `${what}: ${formatBytes(precache.total)} is over the precache budget of ${formatBytes(budgets.precache)}` });
  }
  return violations;
}

/** Measures every built HTML page in `dir` and the precache, and checks them against the budgets. */
export function byteReport(dir: string, options: { base?: string; budgets?: Budgets } = {}): ByteReport {
  if (!existsSync(dir)) throw new Error(`No built site at ${dir}: run \`astro build\` first.`);
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  const dist = new Dist(dir);
  const pages = listFiles(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => analysePage(dist, f, base));
  const precache = measurePrecache(dir, base);
  const languagePrecaches = languageWorkers(dir).map((worker) => ({ worker, precache: measurePrecache(dir, base, worker) }));
  const downloads = existsSync(join(dir, DOWNLOADS_DIR)) ? listFiles(join(dir, DOWNLOADS_DIR)).map((f) => ({ file: `${DOWNLOADS_DIR}${f}`, bytes: statSync(join(dir, DOWNLOADS_DIR, f)).size })) : [];
  return { pages, precache, languagePrecaches, downloads, violations: checkBudgets(pages, precache, options.budgets ?? defaultBudgets, languagePrecaches) };
}

/** Rows of the summary table: the heaviest page of each type by JS, then by CSS. */
export function summarise(pages: readonly PageBytes[]): { type: PageType; pages: number; maxJs: number; maxCss: number; heaviest: string }[] {
  return pageTypes.flatMap((type) => {
    const of = pages.filter((p) => p.type === type);
    if (of.length === 0) return [];
    const heaviest = of.reduce((a, b) => (b.js + b.css > a.js + a.css ? b : a));
    return [{ type, pages: of.length, maxJs: Math.max(...of.map((p) => p.js)), maxCss: Math.max(...of.map((p) => p.css)), heaviest: heaviest.page }];
  });
}

export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: readonly string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(rows[0]!), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.slice(1).map(line)].join('\n');
}

export function formatReport(report: ByteReport, budgets: Budgets = defaultBudgets): string {
  const rows = [
    ['page type', 'pages', 'max JS gzip', 'JS budget', 'max CSS gzip', 'CSS budget', 'heaviest page (JS+CSS)'],
    ...summarise(report.pages).map((r) => [
      r.type,
      String(r.pages),
      formatBytes(r.maxJs),
      budgets.js[r.type] === undefined ? '–' : formatBytes(budgets.js[r.type]!),
      formatBytes(r.maxCss),
      formatBytes(budgets.css),
      r.heaviest,
    ]),
  ];
  const p = report.precache;
  const precache =
    p.from === 'sw.js'
      ? `Precache (Workbox manifest in sw.js): ${p.files} files, ${formatBytes(p.total)} raw (budget ${formatBytes(budgets.precache)})${p.missing.length ? `; ${p.missing.length} listed URLs not found in dist: ${p.missing.slice(0, 5).join(', ')}` : ''}`
      : `Precache: no dist/sw.js (no service worker built yet), so this is every file in dist: ${p.files} files, ${formatBytes(p.total)} raw (budget ${formatBytes(budgets.precache)})${p.excluded.length ? `; left out as not shipped: ${p.excluded.length} files (source maps, files over 2 MB)` : ''}`;
  const languages = report.languagePrecaches.map(({ worker, precache: lp }) => `Precache of ${worker}: ${lp.files} files, ${formatBytes(lp.total)} raw (budget ${formatBytes(budgets.precache)})${lp.missing.length ? `; ${lp.missing.length} listed URLs not found in dist: ${lp.missing.slice(0, 5).join(', ')}` : ''}`);
  const missing = report.pages.flatMap((pg) => pg.missing.map((m) => `${pg.page} references ${m}, which is not in dist`));
  return [formatTable(rows), '', precache, ...languages, ...missing, ...formatDownloads(report.downloads)].join('\n');
}

/** The LMS downloads by kind (the folder under downloads/): how many, their total and the largest. */
export function formatDownloads(downloads: readonly DownloadFile[]): string[] {
  if (downloads.length === 0) return [];
  const kinds = new Map<string, DownloadFile[]>();
  for (const d of downloads) {
    const kind = d.file.slice(DOWNLOADS_DIR.length).split('/').slice(0, -1).join('/') || '.';
    kinds.set(kind, [...(kinds.get(kind) ?? []), d]);
  }
  const rows = [['downloads (not precached)', 'files', 'total', 'largest'], ...[...kinds].map(([kind, files]) => {
    const largest = files.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    return [`${DOWNLOADS_DIR}${kind}/`, String(files.length), formatBytes(files.reduce((n, f) => n + f.bytes, 0)), `${largest.file.split('/').pop()} (${formatBytes(largest.bytes)})`];
  })];
  return ['', formatTable(rows)];
}
