// The web app manifest: what a phone shows when the course is installed. Scope and start URL follow the base path,
// so a deployment under /kz/ installs as /kz/.
import type { ManifestOptions } from 'vite-plugin-pwa';

export function manifest(base: string): Partial<ManifestOptions> {
  return {
    name: 'Kazakhstan the Mediator',
    short_name: 'KZ Mediator',
    description: "Lessons and quizzes on how Kazakhstan became a mediator in world politics — readable offline.",
    lang: 'en',
    start_url: base,
    scope: base,
    id: base,
    display: 'standalone',
    background_color: '#fbfaf7',
    theme_color: '#0b5c8e',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
