import { describe, expect, it } from 'vitest';
import { isLocale, localeHref, localeStaticPaths, splitLocale } from '../../src/i18n/locales.ts';

describe('where each language lives', () => {
  it('keeps English at the root and puts Russian and Kazakh under their codes', () => {
    expect(localeHref('en', '')).toBe('/');
    expect(localeHref('en', 'lessons/x/')).toBe('/lessons/x/');
    expect(localeHref('ru', 'lessons/x/')).toBe('/ru/lessons/x/');
    expect(localeHref('kk', '')).toBe('/kk/');
  });

  it('follows a sub-path deployment and keeps a fragment or query as it is (no slash after the #)', () => {
    expect(localeHref('kk', 'assignment/#v1.abc.def', '/kz/')).toBe('/kz/kk/assignment/#v1.abc.def');
    expect(localeHref('ru', 'search/?q=Астана', '/kz')).toBe('/kz/ru/search/?q=Астана');
    expect(localeHref('en', '/lessons/', '/kz/')).toBe('/kz/lessons/');
  });

  it('reads the language and page back from an address, with or without a base', () => {
    expect(splitLocale('/ru/lessons/x/')).toEqual({ locale: 'ru', path: 'lessons/x/' });
    expect(splitLocale('/kz/kk/')).toEqual({ locale: 'en', path: 'kz/kk/' });
    expect(splitLocale('/kz/kk/', '/kz/')).toEqual({ locale: 'kk', path: '' });
    expect(splitLocale('/kz/lessons/', '/kz/')).toEqual({ locale: 'en', path: 'lessons/' });
    // A page whose name merely starts with two letters is not a language.
    expect(splitLocale('/ru-history/')).toEqual({ locale: 'en', path: 'ru-history/' });
    expect(splitLocale('/en/x/')).toEqual({ locale: 'en', path: 'en/x/' });
  });

  it('builds every page once per language, English without a prefix', () => {
    expect(localeStaticPaths().map((p) => p.params.locale)).toEqual([undefined, 'ru', 'kk']);
    expect(isLocale('kk')).toBe(true);
    expect(isLocale('kz')).toBe(false);
  });
});
