// The static host's redirects file (Netlify / Cloudflare Pages `_redirects` format): every page's address without
// its trailing slash is sent to the page (`/lessons/astana-process` → `/lessons/astana-process/`), so an address
// typed by hand works on a host that does not add the slash itself. One explicit rule per page, never a pattern:
// a pattern such as `/lessons/:slug` would also catch addresses that are not pages. A host that serves an existing
// file before its rules (Netlify) never loops on the page's own address.

/** `pages`: URL paths of the built pages relative to the base, each ending in "/" ("lessons/x/"); "" is the home page. */
export function hostRedirects(base: string, pages: readonly string[]): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const rules = pages
    .filter((p) => p !== '' && p.endsWith('/'))
    .sort()
    .map((p) => `${b}${p.slice(0, -1)} ${b}${p} 301`);
  // The site under a sub-path: its bare address too (`/kz` → `/kz/`).
  if (b !== '/') rules.unshift(`${b.slice(0, -1)} ${b} 301`);
  return rules.join('\n') + '\n';
}
