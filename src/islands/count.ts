// A plural message in the language of the page's content, which the content islands speak (not loaded by pages
// whose islands count nothing).
import { count } from '../i18n/plural.ts';
import type { Plural, Vars } from '../i18n/text.ts';

export const countIn = (forms: Plural, n: number, vars?: Vars): string => count(document.documentElement.lang || 'en', forms, n, vars);
