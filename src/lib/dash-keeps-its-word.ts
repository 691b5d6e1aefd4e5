// Russian and Kazakh typography: a dash never begins a line («ОБСЕ / — первый опыт»). The space before a spaced
// dash becomes a no-break space, so the dash stays at the end of the line with the word before it. English keeps
// its ordinary spaces. A Markdown plugin (Astro's Sätteri processor, which MDX lessons inherit) for the translated
// lessons' prose; the translated words (titles, statements, terms, names) and the interface catalogues get the same.
import { translatedLocales, type Locale } from '../i18n/locales.ts';

const SPACE_BEFORE_DASH = / (?=[—–] )/g;

/** The text with a no-break space before each spaced dash, in a language whose typography asks for it. */
export function dashKeepsItsWord(locale: Locale, text: string): string {
  return locale === 'en' ? text : text.replace(SPACE_BEFORE_DASH, '\u00a0');
}

/** Every string of a catalogue (nested objects and arrays of strings), the same way. */
export function dashesKeepTheirWords<T>(locale: Locale, catalogue: T): T {
  if (typeof catalogue === 'string') return dashKeepsItsWord(locale, catalogue) as T;
  if (Array.isArray(catalogue)) return catalogue.map((item) => dashesKeepTheirWords(locale, item)) as T;
  if (catalogue && typeof catalogue === 'object') return Object.fromEntries(Object.entries(catalogue).map(([k, v]) => [k, dashesKeepTheirWords(locale, v)])) as T;
  return catalogue;
}

const TRANSLATED_LESSON = new RegExp(`[\\\\/]lessons[\\\\/](${translatedLocales.join('|')})[\\\\/][^\\\\/]+\\.mdx$`);

interface TextNode {
  type: string;
  value?: string;
}
interface Context {
  setProperty(node: TextNode, key: 'value', value: string): void;
}

/** The Sätteri plugin: for a lesson under lessons/ru/ or lessons/kk/, every text node of its prose. */
export const dashKeepsItsWordInLessons = (ctx: { fileURL: URL | undefined }) => {
  const locale = ctx.fileURL ? (TRANSLATED_LESSON.exec(decodeURIComponent(ctx.fileURL.pathname))?.[1] as Locale | undefined) : undefined;
  if (!locale) return null;
  return {
    name: 'dash-keeps-its-word',
    text(node: TextNode, visit: Context): void {
      if (node.value === undefined) return;
      const value = dashKeepsItsWord(locale, node.value);
      if (value !== node.value) visit.setProperty(node, 'value', value);
    },
  };
};
