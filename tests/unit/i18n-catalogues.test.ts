import { describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/messages/index.ts';
import { plural } from '../../src/i18n/text.ts';
import { parseRich, richLinks, richText } from '../../src/i18n/rich.ts';
import { validateCatalogue, validateCatalogueDates } from '../../src/validation/catalogues.ts';
import { missingQuestion, missingPrompt, withdrawnNotes } from '../../src/teach/withdrawn.ts';
import { formatProblem } from '../../src/validation/problem.ts';

const check = (en: unknown, other: unknown, locale: 'ru' | 'kk') => validateCatalogue(en, other, locale).map(formatProblem);

describe('the interface catalogues', () => {
  it('say the same things in Russian and Kazakh as in English: keys, placeholders, links, plural forms', () => {
    expect(check(messages.en, messages.ru, 'ru')).toEqual([]);
    expect(check(messages.en, messages.kk, 'kk')).toEqual([]);
  });

  it('are written in their language (Cyrillic in every Russian and Kazakh message)', () => {
    const texts = (v: unknown): string[] => (typeof v === 'string' ? [v] : typeof v === 'object' && v ? Object.values(v).flatMap(texts) : []);
    for (const locale of ['ru', 'kk'] as const) {
      const latinOnly = texts(messages[locale]).filter((t) => /[A-Za-z]{3}/.test(t.replace(/\{[^}]*\}/g, '')) && !/[\u0400-\u04FF]/.test(t));
      // Only messages that are names may stay Latin: products and formats the teacher looks for by name.
      expect(latinOnly.filter((t) => !['Moodle XML', 'GIFT', 'QTI 2.1', 'Moodle', 'Canvas', 'Kolibri'].includes(t))).toEqual([]);
    }
  });

  it('rejects a message that loses or invents a placeholder', () => {
    const en = { a: 'Question {n} of {total}' };
    expect(check(en, { a: 'Вопрос {n}' }, 'ru')).toEqual(['src/i18n/messages/ru.ts › a › (message): expected the placeholders of the English message (n, total); found n']);
    expect(check(en, { a: 'Вопрос {n} из {всего}' }, 'ru')).toEqual(['src/i18n/messages/ru.ts › a › (message): expected the placeholders of the English message (n, total); found n, всего']);
  });

  it('rejects a Russian plural without its few and many forms, and a Kazakh one with forms Kazakh lacks', () => {
    const en = { q: plural({ one: '{n} question', other: '{n} questions' }) };
    expect(check(en, { q: { one: '{n} вопрос', other: '{n} вопроса' } }, 'ru')).toEqual([
      'src/i18n/messages/ru.ts › q.few › (message): expected the "few" form (ru has one, few, many, other); found nothing',
      'src/i18n/messages/ru.ts › q.many › (message): expected the "many" form (ru has one, few, many, other); found nothing',
    ]);
    expect(check(en, { q: { one: '{n} сұрақ', few: '{n} сұрақ', other: '{n} сұрақ' } }, 'kk')).toEqual([
      'src/i18n/messages/kk.ts › q.few › (message): expected only the forms kk has (one, other); found a "few" form',
    ]);
  });

  it('rejects copy whose links differ, a paragraph list of another length, and missing or extra keys', () => {
    expect(check({ p: 'Read the [lessons](lessons).' }, { p: 'Читайте [уроки](lesson).' }, 'ru')).toEqual([
      'src/i18n/messages/ru.ts › p › (message): expected the link keys of the English copy (lessons); found lesson',
    ]);
    expect(check({ p: ['a', 'b'] }, { p: ['а'] }, 'ru')).toEqual(['src/i18n/messages/ru.ts › p › (message): expected 2 paragraphs, as in English; found 1']);
    expect(check({ a: 'x', b: 'y' }, { a: 'х', c: 'у' }, 'ru')).toEqual([
      'src/i18n/messages/ru.ts › b › (message): expected a message, as in English; found nothing',
      'src/i18n/messages/ru.ts › c › (message): expected only the keys of the English catalogue; found an extra key',
    ]);
  });
});

describe('catalogue copy types no date the data knows', () => {
  it('passes the real catalogues, which insert years with {fact:id|year}', () => {
    for (const locale of ['en', 'ru', 'kk'] as const) expect(validateCatalogueDates(messages[locale], locale).map(formatProblem)).toEqual([]);
    expect(messages.ru.home.description).toContain('{fact:osce-chair-2010|year}');
  });

  it('rejects a typed year or an English day and month, wherever the message sits', () => {
    const bad = { home: { lede: 'Председательство в ОБСЕ в 2010 году.' }, how: ['Talks began on 23 January.'] };
    expect(validateCatalogueDates(bad, 'ru').map(formatProblem)).toEqual([
      'src/i18n/messages/ru.ts › home.lede › (message): expected years and dates inserted with {fact:<id>|year} (or a {placeholder} the page fills), not typed; found the year 2010 typed into the text',
      'src/i18n/messages/ru.ts › how.0 › (message): expected years and dates inserted with {fact:<id>|year} (or a {placeholder} the page fills), not typed; found the date "23 January" typed into the text',
    ]);
  });
});

describe('withdrawn questions are named in the page’s language', () => {
  const withdrawn = new Map([['ast-sponsors', 'Its wording was ambiguous.']]);
  it('words a withdrawn or vanished question with the Russian and Kazakh catalogues', () => {
    expect(missingQuestion('ast-sponsors', withdrawn, messages.ru.islands.link)).toBe('вопрос ast-sponsors исключён из курса (причина: Its wording was ambiguous)');
    expect(missingQuestion('old-q', withdrawn, messages.kk.islands.link)).toBe('old-q сұрағы сайтта енді жоқ');
    expect(missingPrompt('ast-sponsors', withdrawn, messages.ru.islands.teacherResults)).toBe('ast-sponsors (исключён из курса; причина: Its wording was ambiguous)');
    expect(withdrawnNotes(['x', 'ast-sponsors'], withdrawn, messages.kk.islands.teacherResults.withdrawnNote)).toEqual(['С2 (ast-sponsors) сұрағы осы тапсырма жасалғаннан кейін курстан алынып тасталды. Себебі: Its wording was ambiguous. Оның бағалары оқушылардың кодтарынан алынған.']);
  });
});

describe('catalogue copy with links', () => {
  it('parses links, bold and code, and nothing else as markup', () => {
    expect(parseRich('See [the list](lessons), **all** of `/ru/` <b>.')).toEqual([
      { text: 'See ' },
      { text: 'the list', link: 'lessons' },
      { text: ', ' },
      { text: 'all', strong: true },
      { text: ' of ' },
      { text: '/ru/', code: true },
      { text: ' <b>.' },
    ]);
    expect(richLinks('[a](x) and [b](y)')).toEqual(['x', 'y']);
    expect(richText('[уроки](lessons) и **тесты**')).toBe('уроки и тесты');
  });
});
