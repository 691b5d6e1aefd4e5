/**
 * <language-switcher>: the links to this page in the other languages (rendered by the server, so they work
 * without JavaScript). With JavaScript, a link also keeps the address's query and fragment (a search, an
 * assignment), remembers the choice for the next visit to the home page, and, offline, says whether that
 * language is stored on this device instead of failing to load.
 */
import { isLocale, localeHref, localeNames, splitLocale, type Locale } from '../i18n/locales.ts';
import { fill, strings } from './strings.ts';
import { h } from './dom.ts';

export const LANGUAGE_KEY = 'kzm:language';

function remembered(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null;
  }
}

function remember(locale: Locale): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, locale);
  } catch {
    /* storage blocked: the choice lasts for this visit only */
  }
}

/** Languages whose service worker is installed and active here, i.e. whose pages open offline. */
async function storedLanguages(base: string): Promise<Locale[]> {
  if (!('serviceWorker' in navigator)) return [];
  const registrations = await navigator.serviceWorker.getRegistrations();
  return registrations.filter((r) => r.active).flatMap((r) => {
    const { locale, path } = splitLocale(new URL(r.scope).pathname, base);
    return path === '' ? [locale] : [];
  });
}

class LanguageSwitcher extends HTMLElement {
  connectedCallback(): void {
    const base = document.documentElement.dataset.base ?? '/';
    const current = splitLocale(location.pathname, base);
    const saved = remembered();
    // The home page opens in the language chosen last time (a link handed out for the English home, say).
    if (current.path === '' && isLocale(saved) && saved !== current.locale) {
      location.replace(localeHref(saved, location.search + location.hash, base));
      return;
    }
    const message = h('p', { class: 'notice language-notice', role: 'alert', hidden: true });
    this.append(message);
    this.addEventListener('click', async (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-locale]');
      const target = link?.dataset.locale;
      if (!link || !isLocale(target)) return;
      event.preventDefault();
      remember(target);
      const href = link.pathname + location.search + location.hash;
      if (navigator.onLine || target === current.locale) return location.assign(href);
      const stored = await storedLanguages(base);
      if (stored.includes(target)) return location.assign(href);
      const t = strings('switcher');
      message.textContent = `${fill(t.notStored, { language: localeNames[target] })} ${stored.length > 0 ? fill(t.storedHere, { languages: stored.map((l) => localeNames[l]).join(', ') }) : t.nothingStored}`;
      message.hidden = false;
    });
  }
}

customElements.define('language-switcher', LanguageSwitcher);
