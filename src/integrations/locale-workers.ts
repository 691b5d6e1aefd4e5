// The Russian and Kazakh service workers (/ru/sw.js, /kk/sw.js), written after the build once Pagefind has indexed
// the pages. They are built from the same source as English's (src/offline/sw.ts, which @vite-pwa/astro builds at
// the root), so every language answers addresses by the same rule; see src/offline/workers.ts.
// Listed after AstroPWA() in astro.config.mjs. A second AstroPWA() is not possible (vite-plugin-pwa makes one worker).
import type { AstroIntegration } from 'astro';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';
import { injectManifest } from 'workbox-build';
import { localeHref, translatedLocales, type Locale } from '../i18n/locales.ts';
import { precacheGlobs, storedByAddress, withoutUnusedScripts } from '../offline/precache.ts';
import { workerDefines, workerFile } from '../offline/workers.ts';

/** Files over this size are not precached, and fail the build instead of going missing offline. */
export const MAX_PRECACHED_FILE = 2 * 1024 * 1024;

/** src/offline/sw.ts as one classic script for a language, its manifest still to be injected. */
async function workerSource(root: string, locale: Locale): Promise<string> {
  const build = await rolldown({
    input: join(root, 'src/offline/sw.ts'),
    logLevel: 'warn',
    transform: { define: { 'process.env.NODE_ENV': '"production"', ...workerDefines(locale) } },
  });
  try {
    const { output } = await build.generate({ format: 'iife', minify: true });
    return output[0].code;
  } finally {
    await build.close();
  }
}

export default function localeWorkers(): AstroIntegration {
  let base = '/';
  let root = '';
  return {
    name: 'locale-workers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // Which WASM each language's search runs on (Kazakh has no stemmer, so Pagefind's language-neutral one).
        const entry = JSON.parse(readFileSync(`${outDir}/pagefind/pagefind-entry.json`, 'utf8')) as { languages: Record<string, { wasm: string | null }> };
        const temp = mkdtempSync(join(process.env.TMPDIR ?? tmpdir(), 'kzm-sw-'));
        try {
          for (const locale of translatedLocales) {
            const prefix = `${locale}/`;
            // A host that looks for the nearest 404.html (Cloudflare Pages, our test server) finds the language's own.
            if (existsSync(`${outDir}/${prefix}404/index.html`)) copyFileSync(`${outDir}/${prefix}404/index.html`, `${outDir}/${prefix}404.html`);
            const swSrc = join(temp, `sw-${locale}.js`);
            writeFileSync(swSrc, await workerSource(root, locale));
            const { count, size, warnings } = await injectManifest({
              swSrc,
              swDest: `${outDir}/${workerFile(locale)}`,
              globDirectory: outDir,
              // What it stores and leaves to the network: src/offline/precache.ts, shared with the English worker.
              ...precacheGlobs(locale, entry.languages[locale]?.wasm),
              manifestTransforms: [withoutUnusedScripts(outDir), storedByAddress(base)],
              dontCacheBustURLsMatching: /(^|\/)_astro\//,
              maximumFileSizeToCacheInBytes: MAX_PRECACHED_FILE,
            });
            if (warnings.length > 0) throw new Error(`The ${locale} service worker left files out of its precache:\n${warnings.join('\n')}`);
            logger.info(`${localeHref(locale, 'sw.js', base)}: ${count} files, ${(size / 1024 / 1024).toFixed(2)} MB precached`);
          }
        } finally {
          rmSync(temp, { recursive: true, force: true });
        }
      },
    },
  };
}
