// The interface catalogues, one per language. Each language's file `satisfies Messages`, so a missing or an
// extra key fails `astro check`; tests/unit/i18n-catalogues.test.ts checks placeholders and plural forms.
import type { Locale } from '../locales.ts';
import { en, type Messages } from './en.ts';
import { ru } from './ru.ts';
import { kk } from './kk.ts';
import { dashesKeepTheirWords } from '../../lib/dash-keeps-its-word.ts';

export type { Messages, IslandMessages } from './en.ts';

// A spaced dash in Russian or Kazakh never begins a line (src/lib/dash-keeps-its-word.ts): the catalogues are typed
// with ordinary spaces.
export const messages: Record<Locale, Messages> = { en, ru: dashesKeepTheirWords('ru', ru), kk: dashesKeepTheirWords('kk', kk) };
