/**
 * <language-switcher>: the links to this page in the other languages (rendered by the server, so they work
 * without JavaScript). With JavaScript, a link also keeps the address's query and fragment (a search, an
 * assignment), remembers the choice for the next visit to a home page, and, offline, says whether that language is
 * stored on this device instead of failing to load. Everything it needs comes from the markup: each link's
 * `data-locale` and `data-home` (that language's home address), and `data-here-home` on a language's home page.
 */
import { fill, strings } from './strings.ts';

export const LANGUAGE_KEY = 'kzm:language';

class LanguageSwitcher extends HTMLElement {
  connectedCallback(): void {
    const links = [...this.querySelectorAll<HTMLAnchorElement>('a[data-locale]')];
    const link = (locale: string | null) => links.find((a) => a.dataset.locale === locale);
    let saved: string | null = null;
    try {
      saved = localStorage.getItem(LANGUAGE_KEY);
    } catch {
      /* storage blocked: nothing remembered */
    }
    // A home page opens in the language chosen last time (a link handed out for the English home, say).
    const chosen = link(saved);
    if (this.dataset.hereHome !== undefined && chosen && chosen.getAttribute('aria-current') !== 'true') {
      location.replace(chosen.pathname + location.search + location.hash);
      return;
    }
    this.addEventListener('click', async (event) => {
      const a = (event.target as Element).closest<HTMLAnchorElement>('a[data-locale]');
      if (!a) return;
      event.preventDefault();
      try {
        localStorage.setItem(LANGUAGE_KEY, a.dataset.locale!);
      } catch {
        /* the choice lasts for this visit only */
      }
      const go = () => location.assign(a.pathname + location.search + location.hash);
      if (navigator.onLine || !('serviceWorker' in navigator)) return go();
      // Offline: a language opens only if its own service worker is installed here (one per language).
      const scopes = (await navigator.serviceWorker.getRegistrations()).filter((r) => r.active).map((r) => r.scope);
      const stored = links.filter((l) => scopes.includes(new URL(l.dataset.home!, location.href).href));
      if (stored.includes(a)) return go();
      const t = strings('switcher');
      const message = this.querySelector('.language-notice') ?? this.appendChild(document.createElement('p'));
      message.className = 'language-notice';
      message.setAttribute('role', 'alert');
      message.textContent = `${fill(t.notStored, { language: a.textContent ?? '' })} ${stored.length > 0 ? fill(t.storedHere, { languages: stored.map((l) => l.textContent).join(', ') }) : t.nothingStored}`;
    });
  }
}

customElements.define('language-switcher', LanguageSwitcher);
