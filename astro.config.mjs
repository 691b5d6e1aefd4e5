// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import pagefind from 'astro-pagefind';
import AstroPWA from '@vite-pwa/astro';
import contentValidation from './src/integrations/content-validation.ts';
import hostHeadersFile from './src/integrations/host-headers.ts';
import oneModulePerPage from './src/integrations/one-module-per-page.ts';
import lmsDownloads from './src/integrations/lms-downloads.ts';
import { citeHugsWord } from './src/lib/cite-hugs-word.ts';
import { dashKeepsItsWordInLessons } from './src/lib/dash-keeps-its-word.ts';
import { manifest } from './src/offline/manifest.ts';
import { cspDirectives, scriptResources, styleResources } from './src/offline/csp.ts';
import { locales, sourceLocale } from './src/i18n/locales.ts';
import { translatedHeadingIds } from './src/lib/translated-headings.ts';
import localeWorkers from './src/integrations/locale-workers.ts';
import { workerDefines } from './src/offline/workers.ts';
import { precacheGlobs, storedByAddress, withoutUnusedScripts } from './src/offline/precache.ts';
import { resolve } from 'node:path';

// Deployable under a sub-path of a static host: BASE_PATH=/kz/ npm run build.
const base = process.env.BASE_PATH ?? '/';
// Tests build extra variants side by side (OUT_DIR): the PWA plugin must write its worker into the same folder.
const outDir = process.env.OUT_DIR ?? './dist';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://kazakhstan-mediator.example',
  base,
  outDir,
  // Offline, '/lesson' and '/lesson/' must not be different cache keys (see verified-stack notes).
  trailingSlash: 'always',
  // English at the root (every link already handed out keeps working), Russian under /ru/, Kazakh under /kk/. Every
  // page is built in every language by its own route (src/pages/[...locale]/…): no Astro fallback, which would label
  // one language's text as another's (see verified-i18n notes); a page without a current translation says so itself.
  i18n: { locales: [...locales], defaultLocale: sourceLocale, routing: { prefixDefaultLocale: false } },
  integrations: [
    contentValidation(),
    mdx(),
    oneModulePerPage(),
    hostHeadersFile(),
    // SCORM packages and question banks for LMSs (downloads/): teachers download them online, so never precached.
    lmsDownloads(),
    // Pagefind must write its index before the PWA integration lists files to precache. Citation markers stay out of
    // the index: in an excerpt "[Өңірлік шолу 2017]" ran into the word before it and said nothing the prose does.
    pagefind({ indexConfig: { excludeSelectors: ['.cite'] } }),
    AstroPWA({
      base,
      scope: base,
      outDir,
      // 'prompt': a new version waits until the reader chooses to reload; never mid-quiz.
      registerType: 'prompt',
      // Registration happens in our own island (src/islands/offline-status.ts), so no inline script breaks the CSP.
      injectRegister: false,
      // A page too big to precache fails the build (it would silently be missing offline), except in
      // `npm run bench`, whose 20,000-fact courses make a sources page over 2 MiB and only measure build time.
      showMaximumFileSizeToCacheInBytesWarning: process.env.KZM_BENCH === '1',
      manifest: manifest(base),
      // The English worker (src/offline/sw.ts, the same source as Russian's and Kazakh's, below): English pages and
      // search only. A mistyped address online must reach the host's 404 page, and an address without its trailing
      // slash must find its page; Workbox's generated navigation fallback did neither.
      strategies: 'injectManifest',
      srcDir: 'src/offline',
      filename: 'sw.ts',
      injectManifest: {
        // What it stores and leaves to the network (src/offline/precache.ts, shared with the Russian and Kazakh
        // workers): English pages and search only, with English's own stemmer.
        ...precacheGlobs(sourceLocale, sourceLocale),
        // Replaces @vite-pwa/astro's own transform (which it adds only when none is given) with the same addresses.
        manifestTransforms: [withoutUnusedScripts(resolve(outDir)), storedByAddress(base.endsWith('/') ? base : `${base}/`)],
        maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
        // A classic script: registration does not ask for a module worker.
        rollupFormat: 'iife',
        minify: true,
        // The worker learns that /ru/ and /kk/ lie inside its scope: it leaves their navigations to their own workers
        // and never cleans up caches (the cleanup would delete theirs).
        buildPlugins: { vite: [{ name: 'worker-defines', config: () => ({ define: workerDefines(sourceLocale) }) }] },
      },
    }),
    // The Russian and Kazakh workers, written once Pagefind and the English worker are done.
    localeWorkers(),
  ],
  vite: {
    build: {
      // One stylesheet for the whole site (about 4.5 KB gzip), cached once: a page's first paint waits for one file,
      // not for two or three in parallel, each needing its own connection on a slow network.
      cssCodeSplit: false,
      rolldownOptions: {
        // Astro's MDX output carries a "use astro:head-inject" directive that Rolldown warns about once per lesson,
        // in a seven-box banner on every build; harmless (withastro/astro#18087, open). Only that warning is dropped.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // Astro's compression (on by default) collapses the templates' indentation: about 140 KB of the offline precache.
  // An early compiler swallowed the space before a link on the next line ("cited<a>source"); tests/e2e/markup.spec.ts
  // checks that no built page runs a word into a link.
  compressHTML: true,
  // A <Cite> written on its own line still hugs the word before it (no space before the marker); in Russian and
  // Kazakh a dash never begins a line. Translated headings keep the English anchors (src/lib/translated-headings.ts).
  markdown: { syntaxHighlight: false, processor: satteri({ mdastPlugins: [citeHugsWord, dashKeepsItsWordInLessons], hastPlugins: [translatedHeadingIds] }) },
  build: { inlineStylesheets: 'never' },
  security: {
    csp: {
      directives: [...cspDirectives],
      scriptDirective: { resources: scriptResources },
      styleDirective: { resources: styleResources },
    },
  },
});
