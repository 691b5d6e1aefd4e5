// What a page knows about its languages while it renders, and the helpers every page and component use to say
// things in them. A page calls `usePage(Astro, locale, content)` first; components read the same with
// `pageLanguage(Astro)` (it travels in Astro.locals, so MDX components such as <Fact> get it too).
import type { AstroGlobal } from 'astro';
import { localeHref, type Locale } from './locales.ts';
import { messages, type Messages } from './messages/index.ts';
import { fill, type Plural, type Vars } from './text.ts';
import { count } from './plural.ts';
import { formatDateIn, formatDateRangeIn, formatListIn, formatNumberIn } from './format.ts';
import { localisedPlaceholders } from '../lib/translated-placeholders.ts';

/** Whether a page's content is shown in the reader's language, and if not, why. */
export type TranslationStatus = 'current' | 'missing' | 'stale';

export interface PageLanguage {
  /** The reader's language: the interface, the links and the address are in it. */
  locale: Locale;
  /** The language the page's content is written in: the locale, or English where no current translation exists. */
  content: Locale;
  status: TranslationStatus;
}

/**
 * `t` and the formatters speak the content's language: on a page shown in English for want of a current
 * translation, everything inside <main> is English (one language, as the notice says), while the header, footer,
 * notice and links stay in the reader's language (`chrome`, `href`).
 */
export interface PageHelpers extends PageLanguage {
  t: Messages;
  /** The reader's language's catalogue, for the parts around the content. */
  chrome: Messages;
  /** A page of the course in the reader's language: href('lessons/x/') → '/ru/lessons/x/'. */
  href(path: string): string;
  /** The same page in another language. */
  hrefIn(locale: Locale, path: string): string;
  fill(template: string, vars?: Vars): string;
  count(forms: Plural, n: number, vars?: Vars): string;
  /** `lang` attribute for an element whose text is in `lang`, when it differs from the page's <html lang>. */
  langAttr(lang: Locale): Locale | undefined;
  date(date: string): string;
  dateRange(start: string, end: string): string;
  number(n: number): string;
  list(items: readonly string[]): string;
  /**
   * Catalogue copy with the data's values filled in (`{fact:osce-chair-2010|year}`, as in front matter): page copy
   * types no year the dataset knows. Call it after `fill`/`count`, whose `{name}` slots it would refuse.
   */
  data(text: string): string;
}

function helpers(language: PageLanguage): PageHelpers {
  const base = import.meta.env.BASE_URL;
  const { locale, content } = language;
  return {
    ...language,
    t: messages[content],
    chrome: messages[locale],
    href: (path) => localeHref(locale, path, base),
    hrefIn: (other, path) => localeHref(other, path, base),
    fill,
    count: (forms, n, vars) => count(content, forms, n, vars),
    langAttr: (lang) => (lang === content ? undefined : lang),
    date: (d) => formatDateIn(content, d),
    dateRange: (s, e) => formatDateRangeIn(content, s, e),
    number: (n) => formatNumberIn(content, n),
    list: (items) => formatListIn(content, items),
    data: (text) => localisedPlaceholders(content)(text),
  };
}

/**
 * Sets the page's languages for everything it renders. `content` is the language of the page's content (English
 * when its translation is missing or stale, which `status` says); interface-only pages leave it out.
 */
export function usePage(Astro: AstroGlobal, locale: Locale, content: { lang: Locale; status: TranslationStatus } = { lang: locale, status: 'current' }): PageHelpers {
  const language: PageLanguage = { locale, content: content.lang, status: content.status };
  Astro.locals.language = language;
  return helpers(language);
}

/** The languages of the page being rendered (for layouts and components). */
export function pageLanguage(Astro: AstroGlobal): PageHelpers {
  const language = Astro.locals.language;
  if (!language) throw new Error(`${Astro.url.pathname}: the page did not call usePage(Astro, locale) before rendering.`);
  return helpers(language);
}
