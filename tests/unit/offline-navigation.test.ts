import { describe, expect, it } from 'vitest';
import { respondToNavigation, withTrailingSlash, type NavigationDeps } from '../../src/offline/navigation.ts';
import { hostRedirects } from '../../src/offline/host-redirects.ts';

const site = 'https://school.example/kz/';
const stored = new Map([
  [`${site}lessons/astana-process/`, 'the Astana lesson'],
  [`${site}offline/`, 'the offline page'],
]);

/** A precache holding `stored`, and a network that answers with `online` (a status) or fails when undefined. */
function deps(online: number | undefined, asked: string[] = []): NavigationDeps {
  return {
    precached: async (url) => (stored.has(url) ? new Response(stored.get(url)) : undefined),
    network: async (request) => {
      asked.push(request.url);
      if (online === undefined) throw new TypeError('Failed to fetch');
      return new Response(online === 404 ? 'Page not found' : 'from the host', { status: online });
    },
    offlinePage: `${site}offline/`,
  };
}

describe('respondToNavigation (the service worker, for addresses not in its precache)', () => {
  it('online, an unknown address gets what the host answers: its 404 page with status 404, not the offline page', async () => {
    const asked: string[] = [];
    const response = await respondToNavigation(new Request(`${site}no-such-page/`), deps(404, asked));
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('Page not found');
    expect(asked).toEqual([`${site}no-such-page/`]);
  });

  it('only a failed network shows the stored offline page', async () => {
    const response = await respondToNavigation(new Request(`${site}no-such-page/`), deps(undefined));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('the offline page');
  });

  it('an address without its trailing slash is redirected to the stored page, online or offline, keeping the query', async () => {
    for (const online of [200, undefined]) {
      const asked: string[] = [];
      const response = await respondToNavigation(new Request(`${site}lessons/astana-process?utm_source=class`), deps(online, asked));
      expect(response.status).toBe(301);
      expect(response.headers.get('location')).toBe(`${site}lessons/astana-process/?utm_source=class`);
      expect(asked).toEqual([]);
    }
  });

  it('leaves files and unknown slash-less addresses to the network', async () => {
    const asked: string[] = [];
    await respondToNavigation(new Request(`${site}lessons/no-such-lesson`), deps(404, asked));
    await respondToNavigation(new Request(`${site}pagefind/pagefind.js`), deps(200, asked));
    expect(asked).toEqual([`${site}lessons/no-such-lesson`, `${site}pagefind/pagefind.js`]);
  });

  it('withTrailingSlash: pages only, never a file or an address that already ends in a slash', () => {
    expect(withTrailingSlash('https://x.example/lessons/a#part')).toBe('https://x.example/lessons/a/');
    expect(withTrailingSlash('https://x.example/lessons/a/')).toBeNull();
    expect(withTrailingSlash('https://x.example/sw.js')).toBeNull();
  });
});

describe('hostRedirects (the _redirects file)', () => {
  it('sends each page’s address without its slash to the page, under the base path, and nothing else', () => {
    expect(hostRedirects('/kz/', ['', 'lessons/', 'lessons/astana-process/'])).toBe(
      ['/kz /kz/ 301', '/kz/lessons /kz/lessons/ 301', '/kz/lessons/astana-process /kz/lessons/astana-process/ 301', ''].join('\n'),
    );
    expect(hostRedirects('/', ['', 'teach/'])).toBe('/teach /teach/ 301\n');
  });
});
