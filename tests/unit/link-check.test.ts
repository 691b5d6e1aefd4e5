import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/quality/link-check.ts';

const site = (pages: Record<string, string>) => new Map(Object.entries(pages));

describe('checkLinks', () => {
  it('accepts links to existing pages, assets and anchors', () => {
    const files = site({
      '/index.html': '<a href="/lessons/a/">A</a><a href="/lessons/a/#intro">intro</a><a href="#top">top</a><img src="/img.svg"><p id="top"></p>',
      '/lessons/a/index.html': '<h2 id="intro">Intro</h2><a href="../../">home</a><a href="https://example.org/x">out</a>',
      '/img.svg': '',
    });
    expect(checkLinks(files)).toEqual([]);
  });
  it('reports a missing page and a missing anchor, naming the page', () => {
    const files = site({
      '/index.html': '<a href="/lessons/b/">B</a><a href="/lessons/a/#outro">outro</a>',
      '/lessons/a/index.html': '<h2 id="intro">Intro</h2>',
    });
    expect(checkLinks(files)).toEqual([
      { page: '/index.html', href: '/lessons/b/', reason: 'no such file' },
      { page: '/index.html', href: '/lessons/a/#outro', reason: 'no element with id "outro" on /lessons/a/index.html' },
    ]);
  });
  it('checks a shape referenced in an SVG file, as maps reference the basemap', () => {
    const files = site({
      '/map/index.html': '<svg><use href="/maps/basemap.svg#c398"></use><use href="/maps/basemap.svg#c999"></use></svg>',
      '/maps/basemap.svg': '<svg xmlns="http://www.w3.org/2000/svg"><defs><path id="c398" d="M0 0h1v1z"/></defs></svg>',
    });
    expect(checkLinks(files)).toEqual([{ page: '/map/index.html', href: '/maps/basemap.svg#c999', reason: 'no element with id "c999" on /maps/basemap.svg' }]);
  });
  it('checks links under a sub-path base and rejects links that escape it', () => {
    const files = site({ '/index.html': '<a href="/kz/lessons/">ok</a><a href="/lessons/">escapes</a>', '/lessons/index.html': '' });
    expect(checkLinks(files, '/kz/')).toEqual([{ page: '/index.html', href: '/lessons/', reason: 'outside the base path /kz/' }]);
  });
  it('ignores JSON data islands', () => {
    const files = site({ '/index.html': '<script type="application/json" data-x>{"href":"/nowhere/"} <a href="/nowhere/"></a></script>' });
    expect(checkLinks(files)).toEqual([]);
  });
});
