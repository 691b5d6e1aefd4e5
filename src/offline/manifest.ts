// The web app manifest: what a phone shows when the course is installed. Scope and start URL follow the base path
// and the language, so a deployment under /kz/ installs as /kz/, and the Russian course as /kz/ru/. English comes
// from @vite-pwa/astro (astro.config.mjs); Russian and Kazakh from src/pages/[...locale]/manifest.webmanifest.ts.
import type { ManifestOptions } from 'vite-plugin-pwa';
import { localeHref, type Locale } from '../i18n/locales.ts';
import { messages } from '../i18n/messages/index.ts';

export function manifest(base: string, locale: Locale = 'en'): Partial<ManifestOptions> {
  const site = messages[locale].site;
  const home = localeHref(locale, '', base);
  return {
    name: site.manifestName,
    short_name: site.manifestShortName,
    description: site.manifestDescription,
    lang: locale,
    start_url: home,
    scope: home,
    id: home,
    display: 'standalone',
    background_color: '#fbfaf7',
    theme_color: '#0b5c8e',
    icons: [
      { src: `${base}icons/icon-192.png`, sizes: '192x192', type: 'image/png' },
      { src: `${base}icons/icon-512.png`, sizes: '512x512', type: 'image/png' },
      { src: `${base}icons/icon-maskable-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
