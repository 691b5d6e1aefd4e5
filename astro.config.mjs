// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pagefind from 'astro-pagefind';
import AstroPWA from '@vite-pwa/astro';
import contentValidation from './src/integrations/content-validation.ts';
import hostHeadersFile from './src/integrations/host-headers.ts';
import oneModulePerPage from './src/integrations/one-module-per-page.ts';
import { manifest } from './src/offline/manifest.ts';
import { cspDirectives, scriptResources, styleResources } from './src/offline/csp.ts';

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
  integrations: [
    contentValidation(),
    mdx(),
    oneModulePerPage(),
    hostHeadersFile(),
    // Pagefind must write its index before the PWA integration lists files to precache.
    pagefind(),
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
      // Our own worker (src/offline/sw.ts): a mistyped address online must reach the host's 404 page, and an
      // address without its trailing slash must find its page; Workbox's generated navigation fallback did neither.
      strategies: 'injectManifest',
      srcDir: 'src/offline',
      filename: 'sw.ts',
      injectManifest: {
        globPatterns: ['**/*.{html,js,css,svg,png,ico,json,txt}', 'pagefind/**/*.{js,json,pagefind,pf_meta,pf_index,pf_fragment,wasm}'],
        // Pagefind's default UI is not used (the search island calls the JS API), nor its language-neutral WASM (pages say lang="en").
        globIgnores: ['pagefind/pagefind-ui.*', 'pagefind/pagefind-component-ui.*', 'pagefind/pagefind-modular-ui.*', 'pagefind/pagefind-highlight.*', 'pagefind/wasm.unknown.pagefind', '**/sw.js', '**/workbox-*.js', '404.html'],
        maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
        // A classic script: registration does not ask for a module worker.
        rollupFormat: 'iife',
        minify: true,
      },
    }),
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
  // Astro's compression drops the space between a line's last word and a link on the next line ("cited<a>source").
  compressHTML: false,
  markdown: { syntaxHighlight: false },
  build: { inlineStylesheets: 'never' },
  security: {
    csp: {
      directives: [...cspDirectives],
      scriptDirective: { resources: scriptResources },
      styleDirective: { resources: styleResources },
    },
  },
});
