import { describe, expect, it } from 'vitest';
import { excerptParts } from '../../src/islands/search-excerpt.ts';
import { cspHeader } from '../../src/offline/csp.ts';
import { hostHeaders } from '../../src/offline/host-headers.ts';
import { manifest } from '../../src/offline/manifest.ts';

describe('excerptParts (search result excerpts)', () => {
  it('keeps <mark> matches as marked text and everything else as plain text', () => {
    expect(excerptParts('talks in <mark>Astana</mark> began')).toEqual([
      { text: 'talks in ', marked: false },
      { text: 'Astana', marked: true },
      { text: ' began', marked: false },
    ]);
  });
  it('never lets other markup through: tags are dropped and entities decoded as text', () => {
    const parts = excerptParts('<img src=x onerror=alert(1)>a &lt;b&gt; &amp; <mark>c</mark>');
    expect(parts.map((p) => p.text).join('')).toBe('a <b> & c');
    expect(parts.some((p) => p.text.includes('onerror'))).toBe(false);
  });
});

describe('Content-Security-Policy and host headers', () => {
  it('allows no inline script and forbids framing', () => {
    const csp = cspHeader();
    const script = csp.split('; ').find((d) => d.startsWith('script-src'))!;
    expect(script).not.toContain('unsafe-inline');
    expect(script).not.toContain("'unsafe-eval'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });
  it('caches hashed assets for a year and never the service worker, under the base path', () => {
    const headers = hostHeaders('/kz/');
    expect(headers).toMatch(/\/kz\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
    expect(headers).toMatch(/\/kz\/sw\.js\n {2}Cache-Control: no-cache, no-store, must-revalidate/);
    expect(headers).toContain(`Content-Security-Policy: ${cspHeader()}`);
  });
});

describe('web app manifest', () => {
  it('installs under the base path with a maskable icon', () => {
    const m = manifest('/kz/');
    expect(m.start_url).toBe('/kz/');
    expect(m.scope).toBe('/kz/');
    expect(m.icons?.some((i) => i.purpose === 'maskable' && i.sizes === '512x512')).toBe(true);
  });
});
