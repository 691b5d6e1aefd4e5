import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkEdited, replaceOnce } from './fixture.ts';
import { checkContent } from '../../src/validation/validate-content.ts';
import { translatedLocales } from '../../src/i18n/locales.ts';

describe('the names tables of the shipped languages', () => {
  const { content, translations } = checkContent(join(import.meta.dirname, '../..'));

  it('give every name of the English table, in Cyrillic', () => {
    const english = (content.names ?? []).map((n) => n.data.name).sort();
    for (const locale of translatedLocales) {
      const rows = translations.languages[locale].names;
      expect(rows.map((r) => r.data.name).sort(), locale).toEqual(english);
      expect(rows.filter((r) => !/[\u0400-\u04FF]/.test(r.data.text)).map((r) => r.data.name), locale).toEqual([]);
    }
  });

  it('use the official forms of the organisations and states the course names', () => {
    const text = (locale: 'ru' | 'kk', name: string) => translations.languages[locale].names.find((r) => r.data.name === name)?.data.text;
    expect(text('ru', 'United States')).toBe('США');
    expect(text('kk', 'United States')).toBe('АҚШ');
    expect(text('kk', 'Russia')).toBe('Ресей');
    expect(text('kk', 'Turkey')).toBe('Түркия');
    expect(text('ru', 'Eurasian Economic Union')).toBe('Евразийский экономический союз');
    expect(text('kk', 'Eurasian Economic Union')).toBe('Еуразиялық экономикалық одақ');
  });
});

describe('validateNames (fixture)', () => {
  it('fails the build when a shipped language lacks a name that a value uses', () => {
    const { messages } = checkEdited({ 'src/data/names/kk.yaml': replaceOnce('- { name: Turkey, text: Түркия }\n', '') });
    expect(messages).toEqual(["src/data/names/kk.yaml › Turkey › text: expected the Қазақша form of every name a fact's value uses (kk is a shipped language; fact guarantors uses this one); found nothing"]);
  });

  it('catches a misspelt English name (the real one is then missing) and a name listed twice', () => {
    const { messages } = checkEdited({ 'src/data/names/ru.yaml': replaceOnce('{ name: Iran, text: Иран }', '{ name: Iranh, text: Иран }\n- { name: Russia, text: Россия }') });
    expect(messages).toEqual([
      'src/data/names/ru.yaml:6 › Russia › name: expected a name listed once; found the same name as line 4',
      "src/data/names/ru.yaml › Iran › text: expected the Русский form of every name a fact's value uses (ru is a shipped language; fact guarantors uses this one); found nothing",
      // …and the translated quiz that shows it as a choice says so too.
      'quizzes/ru/sample-quiz.yaml:7 › sq-multi › choices: expected a Русский reading of the choice "Iran" (here, or in src/data/names/ru.yaml if it is a name); found nothing',
    ]);
  });

  it('needs no other language when none is shipped', () => {
    expect(checkEdited({ 'src/data/names/kk.yaml': () => '[]\n' }, { lessonWords: { min: 0, max: 2500 }, languages: ['ru'] }).messages).toEqual([]);
  });
});
