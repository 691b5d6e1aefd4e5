// The strings an island shows, sent by the page as JSON (src/components/i18n/IslandStrings.astro) in the page's
// language. Only the type of the catalogue is imported here, so no catalogue ends up in a bundle.
import type { IslandMessages } from '../i18n/messages/en.ts';
import { fill } from '../i18n/text.ts';

let all: Partial<IslandMessages> | undefined;

export function strings<K extends keyof IslandMessages>(name: K): IslandMessages[K] {
  if (!all) {
    all = {};
    for (const el of document.querySelectorAll('script[data-strings]')) {
      try {
        Object.assign(all, JSON.parse(el.textContent ?? '{}'));
      } catch {
        /* a damaged block leaves its islands on their static fallback */
      }
    }
  }
  const section = all[name];
  if (!section) throw new Error(`This page sends no strings for "${name}".`);
  return section;
}

export { fill };
