// How a service worker answers a page navigation that is not in its precache. One rule, shared by every worker the
// site builds (one per language, all from src/offline/sw.ts; the logic reads nothing but its arguments):
//
//   1. An address without its trailing slash, for a page that is stored (`/lessons/astana-process`), is
//      redirected to the stored page (`/lessons/astana-process/`), online or offline. A teacher typing an address
//      by hand lands on the lesson, and relative links on it keep working.
//   2. Anything else goes to the network, and whatever the network answers is shown: an unknown address gets the
//      site's 404 page with status 404, never a claim that the reader is offline. When the worker's language has
//      its own stored 404 page, that page is shown (still with status 404): a host that answers `/ru/nope/` with
//      the site's English 404.html still gives a Russian reader a Russian page.
//   3. Only when the network itself fails is the stored offline page shown.
//
// Pages that are stored are answered from the precache before this runs (Workbox's precache route). A worker whose
// scope contains other languages' scopes (English's `/` contains `/ru/` and `/kk/`) leaves their navigations alone:
// their own workers answer them, and an English offline page must never stand in for a Russian one.

export interface NavigationDeps {
  /** The stored response for a URL (without query string), if the precache has it. */
  precached(url: string): Promise<Response | undefined>;
  /** Fetches from the network; rejects when the network fails. */
  network(request: Request): Promise<Response>;
  /** Absolute URL of the stored offline page. */
  offlinePage: string;
  /** Absolute URL of the stored "page not found" page of the worker's language, if it has one. */
  notFoundPage?: string;
}

/** The same address with a trailing slash, when its last segment looks like a page rather than a file. */
export function withTrailingSlash(href: string): string | null {
  const url = new URL(href);
  const last = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
  if (last === '' || last.includes('.')) return null;
  url.pathname += '/';
  url.hash = '';
  return url.href;
}

function withoutQuery(href: string): string {
  const url = new URL(href);
  url.search = '';
  url.hash = '';
  return url.href;
}

/**
 * Whether a worker with this scope answers a navigation to `href`: inside its scope, and outside every scope of
 * another language's worker nested in it (`nested` relative to the scope: ["ru/", "kk/"] for English; the bare
 * "/ru" counts as Russian too).
 */
export function answersNavigation(href: string, scope: string, nested: readonly string[]): boolean {
  const address = withoutQuery(href);
  if (!address.startsWith(scope)) return false;
  return !nested.some((rel) => {
    const other = new URL(rel, scope).href;
    return address.startsWith(other) || address === other.replace(/\/$/, '');
  });
}

export async function respondToNavigation(request: Request, deps: NavigationDeps): Promise<Response> {
  const slashed = withTrailingSlash(request.url);
  if (slashed && (await deps.precached(withoutQuery(slashed)))) return Response.redirect(slashed, 301);
  let response: Response;
  try {
    response = await deps.network(request);
  } catch {
    return (await deps.precached(deps.offlinePage)) ?? Response.error();
  }
  if (response.status === 404 && deps.notFoundPage) {
    const page = await deps.precached(deps.notFoundPage);
    if (page) return new Response(await page.blob(), { status: 404, statusText: 'Not Found', headers: page.headers });
  }
  return response;
}
