// The web app manifest of the Russian and Kazakh courses (/ru/manifest.webmanifest): installed from a Russian page,
// the app opens at /ru/ with Russian names. The English manifest is written by @vite-pwa/astro.
import type { APIRoute } from 'astro';
import { translatedLocales, type Locale } from '../../i18n/locales';
import { manifest } from '../../offline/manifest';

export function getStaticPaths() {
  return translatedLocales.map((locale) => ({ params: { locale }, props: { locale } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(manifest(import.meta.env.BASE_URL, (props as { locale: Locale }).locale)), { headers: { 'content-type': 'application/manifest+json' } });
