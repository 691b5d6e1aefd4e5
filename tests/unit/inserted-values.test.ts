import { describe, expect, it } from 'vitest';
import { checkEdited, replaceOnce } from './fixture.ts';
import { valueInProse, englishList, ValueFormError } from '../../src/lib/value-forms.ts';
import { fillPlaceholders, placeholderProblems } from '../../src/lib/placeholders.ts';
import { nameLookup } from '../../src/lib/names.ts';
import type { Fact } from '../../src/schemas/fact.ts';

const names = nameLookup([
  { name: 'United States', kind: 'state', article: 'the' },
  { name: 'United Kingdom', kind: 'state', article: 'the' },
  { name: 'France', kind: 'state' },
  { name: 'Islamic State', kind: 'armed group', article: 'the' },
  { name: 'Turkish-Syrian border', kind: 'border', article: 'the' },
]);

describe('valueInProse: a value in the form its sentence needs', () => {
  it('writes lists of actors with their articles and no serial comma', () => {
    expect(valueInProse({ kind: 'actors', actors: ['United States', 'France', 'United Kingdom'] }, 'list', names)).toBe('the United States, France and the United Kingdom');
    expect(valueInProse({ kind: 'actors', actors: ['Islamic State'] }, 'name', names)).toBe('the Islamic State');
    expect(englishList(['A', 'B'])).toBe('A and B');
  });

  it('writes dates as a year, a month or in full', () => {
    const day = { kind: 'date', date: '2016-06-28' } as const;
    expect(valueInProse(day, 'year', names)).toBe('2016');
    expect(valueInProse(day, 'month', names)).toBe('June 2016');
    expect(valueInProse(day, undefined, names)).toBe('28 June 2016');
    expect(valueInProse({ kind: 'date-range', start: '2017-01-01', end: '2018-12-31' }, 'year', names)).toBe('2017–2018');
    expect(valueInProse({ kind: 'date-range', start: '2017-01-23', end: '2017-01-24' }, 'year', names)).toBe('2017');
  });

  it('writes numbers as a count, a bare number or an amount', () => {
    expect(valueInProse({ kind: 'number', amount: 3, unit: 'armed groups' }, 'count', names)).toBe('three armed groups');
    expect(valueInProse({ kind: 'number', amount: 138, unit: 'votes' }, 'number', names)).toBe('138');
    expect(valueInProse({ kind: 'number', amount: 350_000_000, unit: 'US dollars' }, 'amount', names)).toBe('$350 million');
  });

  it('writes a place by name alone or with its country', () => {
    const v = { kind: 'place', name: 'Almaty', country: 'Kazakhstan' } as const;
    expect(valueInProse(v, 'name', names)).toBe('Almaty');
    expect(valueInProse(v, 'place', names)).toBe('Almaty, Kazakhstan');
    expect(valueInProse({ kind: 'place', name: 'Turkish-Syrian border' }, 'name', names)).toBe('the Turkish-Syrian border');
  });

  it('refuses a form that does not fit the value, saying which would', () => {
    expect(() => valueInProse({ kind: 'date', date: '2010' }, 'month', names)).toThrow(ValueFormError);
    expect(() => valueInProse({ kind: 'date', date: '2010' }, 'month', names)).toThrow('a year only');
    expect(() => valueInProse({ kind: 'actors', actors: ['France', 'Iran'] }, 'name', names)).toThrow('form "list" for 2 actors');
    expect(() => valueInProse({ kind: 'term', term: 'OSCE' }, 'year', names)).toThrow('a form that fits a term value (term)');
  });
});

describe('placeholders in titles and descriptions', () => {
  const facts = new Map<string, Fact>([
    ['chair', { id: 'chair', statement: 'Kazakhstan chaired the OSCE in 2010.', topics: ['osce-chairmanship-2010'], claim: 'event', value: { kind: 'date', date: '2010' }, citations: [{ source: 'a', quote: 'q' }] }],
  ]);
  it('fills a fact in a form and the question count', () => {
    expect(fillPlaceholders('The {fact:chair|year} chairmanship: {questions} questions', { facts, names, questions: 13 })).toBe('The 2010 chairmanship: 13 questions');
  });
  it('reports an unknown fact, a bad form, a misspelt placeholder and a count outside a quiz', () => {
    expect(placeholderProblems('{fact:chairs} {fact:chair|month} {fact chair} {questions}', { facts, names }).map((p) => p.placeholder)).toEqual([
      '{fact:chairs}',
      '{fact:chair|month}',
      '{questions}',
      '{fact chair}',
    ]);
  });
});

describe('validateInsertedValues and validateValueNames on the fixture', () => {
  it('rejects a <Fact> form that does not fit the fact, with line and the forms that would', () => {
    const { messages } = checkEdited({ 'lessons/sample-lesson.mdx': replaceOnce('<Fact id="osce-chair-year" />', '<Fact id="osce-chair-year" form="list" />') });
    expect(messages).toEqual(['lessons/sample-lesson.mdx:17 › sample-lesson › <Fact id="osce-chair-year" form>: expected a form that fits a date value (date, year, month); found form="list"']);
  });

  it('rejects a placeholder in front matter or a quiz description that cannot be filled', () => {
    const { messages } = checkEdited({
      'lessons/sample-lesson.mdx': replaceOnce('title: A sample lesson', 'title: A sample lesson on {fact:osce-chair-yr|year}'),
      'quizzes/sample-quiz.yaml': replaceOnce('title: Sample quiz', 'title: Sample quiz of {questions} questions\ndescription: On the chairmanship of {fact:osce-chair-year|month}.'),
    });
    expect(messages).toEqual([
      'lessons/sample-lesson.mdx:1 › sample-lesson › title: expected a fact id that exists in src/data/facts/ (osce-chair-yr); found {fact:osce-chair-yr|year}',
      'quizzes/sample-quiz.yaml:1 › sample-quiz › description: expected a date known at least to the month for form "month" (this one is a year only); found {fact:osce-chair-year|month}',
    ]);
  });

  it('rejects a name in a value that the names table does not list', () => {
    const { messages } = checkEdited({ 'src/data/names/en.yaml': replaceOnce('- { name: Turkey, kind: state }\n', '') });
    expect(messages).toEqual([expect.stringMatching(/^src\/data\/facts\/sample\.yaml:\d+ › \S+ › value\.actors\.1: expected a name listed in src\/data\/names\/en\.yaml \(with its kind and article\); found "Turkey", not in the names table$/)]);
  });
});
