/**
 * <site-search>: full-text search with Pagefind's JS API. The index and WASM load only when the reader searches,
 * from the same origin, so search works offline once the course is cached. The query is kept in `?q=` so a
 * search can be shared and the no-JS form still submits somewhere sensible.
 */
import { h } from './dom.ts';
import { excerptNodes } from './search-excerpt.ts';
import { fill, strings } from './strings.ts';
import { countIn } from './count.ts';

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: { title: string; url: string; excerpt: string }[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  debouncedSearch(q: string, o?: object, ms?: number): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}

class SiteSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;

  connectedCallback(): void {
    const form = this.querySelector('form')!;
    const input = this.querySelector('input')!;
    const status = this.querySelector<HTMLElement>('[data-search-status]')!;
    const list = this.querySelector<HTMLOListElement>('[data-search-results]')!;
    const t = strings('search');
    const run = async () => {
      const q = input.value.trim().slice(0, 200);
      const url = new URL(location.href);
      if (q) url.searchParams.set('q', q);
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
      if (!q) {
        list.replaceChildren();
        status.textContent = '';
        return;
      }
      status.textContent = t.searching;
      try {
        const pagefind = await this.load();
        const search = await pagefind.debouncedSearch(q, {}, 250);
        if (!search) return; // superseded by a newer query
        const hits = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
        list.replaceChildren(...hits.map((hit) => this.renderHit(hit)));
        status.textContent = hits.length === 0 ? fill(t.nothing, { q }) : countIn(t.found, search.results.length, { q });
      } catch {
        status.textContent = t.failed;
      }
    };
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void run();
    });
    input.addEventListener('input', () => void run());
    const initial = new URLSearchParams(location.search).get('q');
    if (initial) {
      input.value = initial;
      void run();
    }
  }

  load(): Promise<Pagefind> {
    const base = this.dataset.base ?? '/';
    this.#pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
      await pf.options({ baseUrl: base, excerptLength: 24 });
      return pf;
    });
    return this.#pagefind;
  }

  renderHit(hit: PagefindResult): HTMLLIElement {
    const subs = (hit.sub_results ?? []).filter((s) => s.url !== hit.url).slice(0, 3);
    return h(
      'li',
      {},
      h('h2', {}, h('a', { href: hit.url }, hit.meta.title ?? hit.url)),
      h('p', {}, ...excerptNodes(hit.excerpt)),
      subs.length > 0 ? h('ul', {}, ...subs.map((s) => h('li', {}, h('a', { href: s.url }, s.title)))) : null,
    );
  }
}

customElements.define('site-search', SiteSearch);
