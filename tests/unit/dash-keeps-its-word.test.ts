// In Russian and Kazakh a spaced dash never begins a line: the space before it is a no-break space.
import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { dashKeepsItsWord, dashKeepsItsWordInLessons } from '../../src/lib/dash-keeps-its-word.ts';

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
