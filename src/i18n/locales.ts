// The course's languages and where each lives: English at the site root (so every link already handed out keeps
// working), Russian under ru/ and Kazakh (Cyrillic, as schools write it) under kk/. Pure functions, used by pages
// at build time and by islands in the browser.

export const locales = ['en', 'ru', 'kk'] as const;
export type Locale = (typeof locales)[number];

/** The language content is written in first; every other language translates it. */
export const sourceLocale = 'en' satisfies Locale;
/** Languages the content is translated into. */
export const translatedLocales = ['ru', 'kk'] as const satisfies readonly Locale[];
export type TranslatedLocale = (typeof translatedLocales)[number];

/** Each language named in itself, as the language switcher shows it. */
export const localeNames: Record<Locale, string> = { en: 'English', ru: 'Русский', kk: 'Қазақша' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The path segment a locale adds after the base: '' for English, 'ru/' for Russian. */
export function localePrefix(locale: Locale): string {
  return locale === sourceLocale ? '' : `${locale}/`;
}

/**
 * The address of a page in a language. `path` is relative to the language's root ('' for its home page,
 * 'lessons/x/' for a lesson) and may end in '?…' or '#…', which are kept as they are.
 */
export function localeHref(locale: Locale, path: string, base = '/'): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${localePrefix(locale)}${path.replace(/^\/+/, '')}`;
}

/** Splits an address path (with the base) into its language and the page path inside that language. */
export function splitLocale(pathname: string, base = '/'): { locale: Locale; path: string } {
  const root = base.endsWith('/') ? base : `${base}/`;
  const inside = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\/+/, '');
  const first = /^([a-z]{2})(?:\/|$)/.exec(inside)?.[1];
  if (first && first !== sourceLocale && isLocale(first)) return { locale: first, path: inside.slice(first.length).replace(/^\//, '') };
  return { locale: sourceLocale, path: inside };
}

/** `getStaticPaths` entries for a page that exists in every language (its route is `[...locale]/…`). */
export function localeStaticPaths(): { params: { locale: string | undefined }; props: { locale: Locale } }[] {
  return locales.map((locale) => ({ params: { locale: locale === sourceLocale ? undefined : locale }, props: { locale } }));
}

/** The `locale` route param for a language (undefined for English, which has no prefix). */
export function localeParam(locale: Locale): string | undefined {
  return locale === sourceLocale ? undefined : locale;
}
