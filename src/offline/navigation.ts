// How the service worker answers a page navigation that is not in its precache. One rule, shared by every worker
// the site builds (the logic reads nothing but its arguments, so a worker per language can reuse it):
//
//   1. An address without its trailing slash, for a page that is stored (`/lessons/astana-process`), is
//      redirected to the stored page (`/lessons/astana-process/`), online or offline. A teacher typing an address
//      by hand lands on the lesson, and relative links on it keep working.
//   2. Anything else goes to the network, and whatever the network answers is shown: an unknown address gets the
//      site's own 404 page with status 404, never a claim that the reader is offline.
//   3. Only when the network itself fails is the stored offline page shown.
//
// Pages that are stored are answered from the precache before this runs (Workbox's precache route).

export interface NavigationDeps {
  /** The stored response for a URL (without query string), if the precache has it. */
  precached(url: string): Promise<Response | undefined>;
  /** Fetches from the network; rejects when the network fails. */
  network(request: Request): Promise<Response>;
  /** Absolute URL of the stored offline page. */
  offlinePage: string;
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
  return url.href;
}

export async function respondToNavigation(request: Request, deps: NavigationDeps): Promise<Response> {
  const slashed = withTrailingSlash(request.url);
  if (slashed && (await deps.precached(withoutQuery(slashed)))) return Response.redirect(slashed, 301);
  try {
    return await deps.network(request);
  } catch {
    return (await deps.precached(deps.offlinePage)) ?? Response.error();
  }
}
