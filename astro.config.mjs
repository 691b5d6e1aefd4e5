// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import contentValidation from './src/integrations/content-validation.ts';

// Deployable under a sub-path of a static host: BASE_PATH=/kz/ npm run build.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://kazakhstan-mediator.example',
  base,
  // Offline, '/lesson' and '/lesson/' must not be different cache keys (see verified-stack notes).
  trailingSlash: 'always',
  integrations: [contentValidation(), mdx()],
  markdown: { syntaxHighlight: false },
  build: { inlineStylesheets: 'never' },
});
