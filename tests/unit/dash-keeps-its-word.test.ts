// In Russian and Kazakh a spaced dash never begins a line: the space before it is a no-break space.
import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { dashKeepsItsWord, dashKeepsItsWordInLessons, dashesKeepTheirWords } from '../../src/lib/dash-keeps-its-word.ts';
import { messages } from '../../src/i18n/messages/index.ts';

describe('dashKeepsItsWord', () => {
  it('joins a spaced em or en dash to the word before it in Russian and Kazakh', () => {
    expect(dashKeepsItsWord('ru', 'Председательство в ОБСЕ — первый опыт')).toBe('Председательство в ОБСЕ\u00a0— первый опыт');
    expect(dashKeepsItsWord('kk', 'Армения мен Әзербайжан – 2024')).toBe('Армения мен Әзербайжан\u00a0– 2024');
  });

  it('leaves English, hyphens, ranges and unspaced dashes alone', () => {
    expect(dashKeepsItsWord('en', 'Kazakhstan — the mediator')).toBe('Kazakhstan — the mediator');
    expect(dashKeepsItsWord('ru', 'Россия–Турция, 2017–2018, 13-й, слово —')).toBe('Россия–Турция, 2017–2018, 13-й, слово —');
  });
});

describe('the interface catalogues', () => {
  it('keep every dash with its word in Russian and Kazakh, nested messages and plural forms included', () => {
    const catalogue = { site: 'Казахстан — посредник', lede: { one: '{n} вопрос — один', other: '{n} вопросов — много' }, paragraphs: ['а — б', 'в'] };
    expect(dashesKeepTheirWords('ru', catalogue)).toEqual({ site: 'Казахстан\u00a0— посредник', lede: { one: '{n} вопрос\u00a0— один', other: '{n} вопросов\u00a0— много' }, paragraphs: ['а\u00a0— б', 'в'] });
    expect(dashesKeepTheirWords('en', catalogue)).toEqual(catalogue);
  });

  it('as the site ships them: no breakable space before a dash in any Russian or Kazakh message', () => {
    const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : []);
    for (const lang of ['ru', 'kk'] as const) expect(strings(messages[lang]).filter((m) => / [—–] /.test(m))).toEqual([]);
    expect(strings(messages.en).some((m) => / — /.test(m))).toBe(true);
  });
});

describe('the Markdown plugin', () => {
  const mdx = 'Саммит в Астане — первый за 11 лет.\n';
  const text = (path: string) => String(mdxToJs(mdx, { fileURL: pathToFileURL(path), mdastPlugins: [dashKeepsItsWordInLessons] }).code);

  it('changes the prose of a Russian or Kazakh lesson', () => {
    // The compiled module spells the no-break space as an escape.
    expect(text('/site/lessons/ru/osce.mdx')).toMatch(/Астане(\\xA0|\\u00a0|\u00a0)— первый/i);
    expect(text('/site/lessons/kk/osce.mdx')).toMatch(/Астане(\\xA0|\\u00a0|\u00a0)— первый/i);
  });

  it('leaves an English lesson and any other file as written', () => {
    expect(text('/site/lessons/osce.mdx')).toContain('Астане — первый');
    expect(text('/site/quizzes/ru/osce.mdx')).toContain('Астане — первый');
  });
});
