// The Russian and Kazakh service workers (/ru/sw.js, /kk/sw.js), written after the build once Pagefind has indexed
// the pages; English's is @vite-pwa/astro's (astro.config.mjs). See src/offline/workers.ts for what they do.
// Listed after AstroPWA() in astro.config.mjs. A second AstroPWA() is not possible (vite-plugin-pwa makes one worker).
import type { AstroIntegration } from 'astro';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import { localeHref, translatedLocales } from '../i18n/locales.ts';
import { precacheGlobs } from '../offline/precache.ts';
import { navigationCaching, workerFile } from '../offline/workers.ts';

/** Files over this size are not precached, and fail the build instead of going missing offline. */
export const MAX_PRECACHED_FILE = 2 * 1024 * 1024;

export default function localeWorkers(): AstroIntegration {
  let base = '/';
  return {
    name: 'locale-workers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // Which WASM each language's search runs on (Kazakh has no stemmer, so Pagefind's language-neutral one).
        const entry = JSON.parse(readFileSync(`${outDir}/pagefind/pagefind-entry.json`, 'utf8')) as { languages: Record<string, { wasm: string | null }> };
        for (const locale of translatedLocales) {
          const prefix = `${locale}/`;
          // A host that looks for the nearest 404.html (Cloudflare Pages, our test server) finds the language's own.
          if (existsSync(`${outDir}/${prefix}404/index.html`)) copyFileSync(`${outDir}/${prefix}404/index.html`, `${outDir}/${prefix}404.html`);
          const { count, size, warnings } = await generateSW({
            globDirectory: outDir,
            swDest: `${outDir}/${workerFile(locale)}`,
            // What it stores and leaves to the network: src/offline/precache.ts, shared with the English worker.
            ...precacheGlobs(locale, entry.languages[locale]?.wasm),
            // Pages by their address ("/ru/lessons/x/"), every URL absolute with the base: the worker lives in /ru/.
            manifestTransforms: [async (entries) => ({ manifest: entries.map((e) => ({ ...e, url: base + e.url.replace(/(^|\/)index\.html$/, '$1') })), warnings: [] })],
            dontCacheBustURLsMatching: /\/_astro\//,
            // Offline, '/ru/lessons/x/?utm=…' and Pagefind's 'pagefind-entry.json?ts=…' must hit the precache.
            ignoreURLParametersMatching: [/.*/],
            runtimeCaching: [navigationCaching(locale, base)],
            // Safe here (the scope /ru/ contains no other language's); never on the root worker, whose scope does.
            cleanupOutdatedCaches: true,
            // 'prompt', as for English: a new version waits until the reader reloads (SKIP_WAITING message).
            skipWaiting: false,
            clientsClaim: false,
            inlineWorkboxRuntime: true,
            sourcemap: false,
            mode: 'production',
            maximumFileSizeToCacheInBytes: MAX_PRECACHED_FILE,
          });
          if (warnings.length > 0) throw new Error(`The ${locale} service worker left files out of its precache:\n${warnings.join('\n')}`);
          logger.info(`${localeHref(locale, 'sw.js', base)}: ${count} files, ${(size / 1024 / 1024).toFixed(2)} MB precached`);
        }
      },
    },
  };
}
