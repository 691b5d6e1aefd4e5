// Checks every internal link and anchor of a built static site: each href/src must name a file that exists,
// and each #fragment an element id (or name) on the target page or SVG file.

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

const ATTR = /\s(href|src)\s*=\s*"([^"]*)"/g;
const ID = /\s(?:id|name)\s*=\s*"([^"]*)"/g;

function decodeEntities(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"');
}

/** The ids on a page. */
export function anchorsOf(html: string): Set<string> {
  return new Set([...html.matchAll(ID)].map((m) => decodeEntities(m[1]!)));
}

/**
 * `files` maps site paths ("/lessons/x/index.html", "/_astro/a.css") to their contents (HTML only needs
 * contents; other files may map to ""). `base` is the deployment base path.
 */
export function checkLinks(files: ReadonlyMap<string, string>, base = '/'): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const anchors = new Map<string, Set<string>>();
  const resolveFile = (path: string): string | null => {
    const candidates = path.endsWith('/') ? [`${path}index.html`] : [path, `${path}.html`, `${path}/index.html`];
    return candidates.find((c) => files.has(c)) ?? null;
  };
  for (const [page, html] of files) {
    if (!page.endsWith('.html')) continue;
    // Skip what is not a link: inline JSON data and code samples.
    const markup = html.replace(/<script\b[^>]*type="application\/json"[^>]*>[\s\S]*?<\/script>/g, '');
    for (const m of markup.matchAll(ATTR)) {
      const raw = decodeEntities(m[2]!);
      if (raw === '' || /^(https?:|mailto:|tel:|data:|javascript:|\/\/)/i.test(raw)) continue;
      const url = new URL(raw, `http://site${page}`);
      if (url.host !== 'site') continue;
      let path = decodeURIComponent(url.pathname);
      if (!path.startsWith(base)) {
        broken.push({ page, href: raw, reason: `outside the base path ${base}` });
        continue;
      }
      path = `/${path.slice(base.length)}`;
      const target = resolveFile(path);
      if (!target) {
        broken.push({ page, href: raw, reason: 'no such file' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      // An SVG's fragment names a shape in it (a map's `<use href="basemap.svg#c398">`).
      if (fragment && (target.endsWith('.html') || target.endsWith('.svg'))) {
        if (!anchors.has(target)) anchors.set(target, anchorsOf(files.get(target) ?? ''));
        if (!anchors.get(target)!.has(fragment)) broken.push({ page, href: raw, reason: `no element with id "${fragment}" on ${target}` });
      }
    }
  }
  return broken;
}
