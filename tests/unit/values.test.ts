import { describe, expect, it } from 'vitest';
import type { FactValue } from '../../src/schemas/value.ts';
import { compareDates, formatChoice, formatValue, matchesValue } from '../../src/lib/values.ts';

describe('formatValue', () => {
  it('writes dates at their precision and ranges briefly', () => {
    expect(formatValue({ kind: 'date', date: '2015-11' })).toBe('November 2015');
    expect(formatValue({ kind: 'date-range', start: '2017-01-23', end: '2017-01-24' })).toBe('23–24 January 2017');
    expect(formatValue({ kind: 'date-range', start: '2017', end: '2018' })).toBe('2017–2018');
    expect(formatValue({ kind: 'number', amount: 400000, unit: 'US dollars' })).toBe('$400,000');
    expect(formatValue({ kind: 'number', amount: 33400000, unit: 'US dollars' })).toBe('$33.4 million');
    expect(formatValue({ kind: 'number', amount: 2, unit: 'ways' })).toBe('two ways');
    expect(formatValue({ kind: 'number', amount: 13, unit: 'armed groups' })).toBe('13 armed groups');
    expect(formatValue({ kind: 'actors', actors: ['Russia', 'Turkey', 'Iran'] })).toBe('Russia, Turkey and Iran');
  });
  it('shows choices as a reader expects', () => {
    expect(formatChoice(2010)).toBe('2010');
    expect(formatChoice('2010-06')).toBe('June 2010');
    expect(formatChoice(316000)).toBe('316,000');
    expect(formatChoice('2017-01-23/2017-01-24')).toBe('23–24 January 2017');
  });
});

describe('matchesValue', () => {
  const month = { kind: 'date', date: '2015-11' } satisfies FactValue;
  it('matches a date at the coarser precision but never claims more precision than the fact', () => {
    expect(matchesValue(2015, month)).toBe(true);
    expect(matchesValue('2015-11', month)).toBe(true);
    expect(matchesValue('2015-11-24', month)).toBe(false);
    expect(matchesValue(2016, month)).toBe(false);
    expect(compareDates('2015', '2015-11')).toBe(0);
  });
  it('matches sets of actors regardless of order and case', () => {
    const v = { kind: 'actors', actors: ['Russia', 'Turkey', 'Iran'] } satisfies FactValue;
    expect(matchesValue(['iran', 'Russia', 'turkey'], v)).toBe(true);
    expect(matchesValue(['Russia', 'Turkey'], v)).toBe(false);
  });
  it('matches terms by alias and places with their country', () => {
    expect(matchesValue('Multi-Vector', { kind: 'term', term: 'multi-vector foreign policy', aliases: ['multi-vector'] })).toBe(true);
    expect(matchesValue('Almaty, Kazakhstan', { kind: 'place', name: 'Almaty', country: 'Kazakhstan' })).toBe(true);
    expect(matchesValue('Astana', { kind: 'place', name: 'Almaty', country: 'Kazakhstan' })).toBe(false);
  });
  it('matches a range by its start or by the whole range', () => {
    const r = { kind: 'date-range', start: '2017', end: '2018' } satisfies FactValue;
    expect(matchesValue(2017, r)).toBe(true);
    expect(matchesValue('2017/2018', r)).toBe(true);
    expect(matchesValue('2017/2019', r)).toBe(false);
  });
});
