import { describe, expect, it } from 'vitest';
import { count } from '../../src/i18n/plural.ts';
import { fill } from '../../src/i18n/text.ts';
import { formatDateIn, formatDateRangeIn, formatListIn, formatNumberIn } from '../../src/i18n/format.ts';
import { formatChoiceIn, formatValueIn, valueInProseIn } from '../../src/lib/localised-values.ts';
import { messages } from '../../src/i18n/messages/index.ts';

// Node formats with its own ICU (Kazakh included); Chromium lacks the Kazakh data, so these run at build time only.
const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('plural messages', () => {
  it('gives Russian its three forms for whole numbers (and the fraction form)', () => {
    const q = messages.ru.quiz.count;
    expect([1, 2, 5, 11, 21, 22, 25, 1.5].map((n) => count('ru', q, n))).toEqual([
      '1 вопрос', '2 вопроса', '5 вопросов', '11 вопросов', '21 вопрос', '22 вопроса', '25 вопросов', '1.5 вопроса',
    ]);
  });

  it('gives English one and other, and Kazakh one form after a numeral', () => {
    expect(count('en', messages.en.quiz.count, 1)).toBe('1 question');
    expect(count('en', messages.en.quiz.count, 3)).toBe('3 questions');
    expect(count('kk', messages.kk.quiz.count, 1)).toBe('1 сұрақ');
    expect(count('kk', messages.kk.quiz.count, 7)).toBe('7 сұрақ');
  });

  it('fills named values and leaves an unfilled name visible', () => {
    expect(fill('Вопрос {n} из {total}', { n: 3, total: 10 })).toBe('Вопрос 3 из 10');
    expect(fill('{n} of {total}', { n: 3 })).toBe('3 of {total}');
  });
});

describe('dates, numbers and lists by language', () => {
  it('writes Kazakh dates year first, with Kazakh month names', () => {
    expect(nbsp(formatDateIn('kk', '2017-01-23'))).toBe('2017 ж. 23 қаңтар');
    expect(nbsp(formatDateRangeIn('kk', '2017-01-23', '2017-01-24'))).toBe('2017 ж. 23–24 қаңтар');
    expect(nbsp(formatDateIn('kk', '2015-11'))).toBe('2015 ж. қараша');
  });

  it('writes Russian dates in the genitive with г.', () => {
    expect(nbsp(formatDateIn('ru', '2017-01-23'))).toBe('23 января 2017 г.');
    expect(nbsp(formatDateRangeIn('ru', '2017-01-23', '2017-01-24'))).toBe('23–24 января 2017 г.');
    expect(nbsp(formatDateIn('ru', '2015-11'))).toBe('ноябрь 2015 г.');
    expect(nbsp(formatDateRangeIn('ru', '2017-01', '2017-03'))).toBe('январь–март 2017 г.');
  });

  it('keeps a bare year and year ranges as digits, and English as before', () => {
    expect(nbsp(formatDateIn('ru', '2010'))).toBe('2010');
    expect(nbsp(formatDateRangeIn('kk', '2017', '2018'))).toBe('2017–2018');
    expect(nbsp(formatDateIn('en', '2017-01-23'))).toBe('23 January 2017');
    expect(nbsp(formatDateRangeIn('en', '2017-01-23', '2017-01-24'))).toBe('23–24 January 2017');
  });

  it('groups digits the language’s way and joins lists with its conjunction', () => {
    expect(nbsp(formatNumberIn('ru', 1234567.5))).toBe('1 234 567,5');
    expect(nbsp(formatNumberIn('kk', 320000))).toBe('320 000');
    expect(formatNumberIn('en', 1234567)).toBe('1,234,567');
    expect(formatListIn('kk', ['Ресей', 'Түркия', 'Иран'])).toBe('Ресей, Түркия және Иран');
    expect(formatListIn('ru', ['Россия', 'Турция'])).toBe('Россия и Турция');
  });
});

describe('fact values in another language', () => {
  const names = new Map([['Russia', 'Россия'], ['Turkey', 'Турция'], ['the West', 'Запад'], ['Ankara', 'Анкара']]);

  it('writes names from the names table and numbers with their unit in the right plural form', () => {
    expect(formatValueIn('ru', { kind: 'actors', actors: ['Russia', 'Turkey', 'the West'] }, { names })).toBe('Россия, Турция и Запад');
    expect(formatValueIn('ru', { kind: 'place', name: 'Ankara', country: 'Turkey' }, { names })).toBe('Анкара, Турция');
    const unit = { one: 'вооружённая группировка', few: 'вооружённые группировки', many: 'вооружённых группировок', other: 'вооружённой группировки' };
    expect(formatValueIn('ru', { kind: 'number', amount: 13, unit: 'armed groups' }, { names, unit })).toBe('13 вооружённых группировок');
    expect(formatValueIn('ru', { kind: 'number', amount: 22, unit: 'armed groups' }, { names, unit })).toBe('22 вооружённые группировки');
    expect(formatValueIn('kk', { kind: 'number', amount: 20, unit: 'groups', approximate: true }, { names, unit: { one: 'топ', other: 'топ' } })).toBe('шамамен 20 топ');
    expect(formatValueIn('kk', { kind: 'term', term: 'neutrality' }, { names, term: 'бейтараптық' })).toBe('бейтараптық');
  });

  it('writes a count of one to nine in words in running text, Russian 1 and 2 agreeing with the noun', () => {
    const reasons = { one: 'ключевая причина', few: 'ключевые причины', many: 'ключевых причин', other: 'ключевой причины', gender: 'feminine' as const };
    const ways = { one: 'способ', few: 'способа', many: 'способов', other: 'способа', gender: 'masculine' as const };
    expect(valueInProseIn('ru', { kind: 'number', amount: 2, unit: 'key reasons' }, 'count', { names, unit: reasons })).toBe('две ключевые причины');
    expect(valueInProseIn('ru', { kind: 'number', amount: 2, unit: 'ways' }, 'count', { names, unit: ways })).toBe('два способа');
    expect(valueInProseIn('ru', { kind: 'number', amount: 5, unit: 'ways' }, 'count', { names, unit: ways })).toBe('пять способов');
    expect(valueInProseIn('kk', { kind: 'number', amount: 2, unit: 'ways' }, 'count', { names, unit: { one: 'тәсіл', other: 'тәсіл' } })).toBe('екі тәсіл');
    // Ten and more, and approximate counts, stay in digits.
    expect(valueInProseIn('ru', { kind: 'number', amount: 10, unit: 'ways' }, 'count', { names, unit: ways })).toBe('10 способов');
    // A Russian 1 or 2 without the noun's gender cannot be written: the build says what is missing.
    const { gender: _, ...noGender } = ways;
    expect(() => valueInProseIn('ru', { kind: 'number', amount: 2, unit: 'ways' }, 'count', { names, unit: noGender })).toThrow(/unit\.gender/);
  });

  it('writes millions of dollars as "млн", as English writes "$350 million", and smaller or odd amounts in full', () => {
    const usd = { one: 'доллар США', few: 'доллара США', many: 'долларов США', other: 'доллара США' };
    expect(formatValueIn('ru', { kind: 'number', amount: 350_000_000, unit: 'US dollars' }, { names, unit: usd })).toBe('350 млн долларов США');
    expect(nbsp(formatValueIn('ru', { kind: 'number', amount: 1_500_000, unit: 'US dollars' }, { names, unit: usd }))).toBe('1,5 млн долларов США');
    expect(formatValueIn('kk', { kind: 'number', amount: 350_000_000, unit: 'US dollars' }, { names, unit: { one: 'АҚШ доллары', other: 'АҚШ доллары' } })).toBe('350 млн АҚШ доллары');
    expect(nbsp(formatValueIn('ru', { kind: 'number', amount: 350_000, unit: 'US dollars' }, { names, unit: usd }))).toBe('350 000 долларов США');
  });

  it('takes the <Fact form> an English lesson uses', () => {
    expect(nbsp(valueInProseIn('kk', { kind: 'date-range', start: '2017-01-23', end: '2017-01-24' }, 'year', { names }))).toBe('2017');
    expect(nbsp(valueInProseIn('ru', { kind: 'date', date: '2015-11-24' }, 'month', { names }))).toBe('ноябрь 2015 г.');
    expect(nbsp(valueInProseIn('ru', { kind: 'place', name: 'Ankara', country: 'Turkey' }, 'name', { names }))).toBe('Анкара');
    expect(() => valueInProseIn('ru', { kind: 'term', term: 'x' }, 'year', { names })).toThrow(/form that fits a term value/);
  });

  it('formats quiz choices: dates and numbers by the language, names by the table, other text by the question', () => {
    expect(nbsp(formatChoiceIn('kk', '2015-11', names))).toBe('2015 ж. қараша');
    expect(nbsp(formatChoiceIn('ru', '2017-01-23/2017-01-24', names))).toBe('23–24 января 2017 г.');
    expect(nbsp(formatChoiceIn('ru', 2016, names))).toBe('2016');
    expect(nbsp(formatChoiceIn('ru', 'Turkey', names))).toBe('Турция');
    expect(nbsp(formatChoiceIn('ru', 'Tehran', names, { Tehran: 'Тегеран' }))).toBe('Тегеран');
    expect(nbsp(formatChoiceIn('en', 'United States', names))).toBe('United States');
  });
});
