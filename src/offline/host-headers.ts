// The static host's headers file (Netlify / Cloudflare Pages `_headers` format), generated so the CSP lives in
// one place. Hashed assets are immutable; the service worker and pages must always be revalidated, or a
// deployment could never reach readers who already have the site.
import { cspHeader } from './csp.ts';
import { localePrefix, locales } from '../i18n/locales.ts';

export function hostHeaders(base: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const block = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
  return [
    block(`${b}*`, {
      'Content-Security-Policy': cspHeader(),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'public, max-age=0, must-revalidate',
    }),
    block(`${b}_astro/*`, { 'Cache-Control': 'public, max-age=31536000, immutable' }),
    // One service worker and one manifest per language (src/offline/workers.ts).
    ...locales.flatMap((l) => [
      block(`${b}${localePrefix(l)}sw.js`, { 'Cache-Control': 'no-cache, no-store, must-revalidate' }),
      block(`${b}${localePrefix(l)}manifest.webmanifest`, { 'Content-Type': 'application/manifest+json', 'Cache-Control': 'public, max-age=0, must-revalidate' }),
    ]),
  ].join('\n\n') + '\n';
}
