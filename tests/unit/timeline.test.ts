import { describe, expect, it } from 'vitest';
import { buildTimeline, groupByYear, readingMinutes } from '../../src/lib/timeline.ts';
import type { Fact } from '../../src/schemas/fact.ts';

const fact = (id: string, value: Fact['value'], topics: Fact['topics'] = ['astana-process']): Fact => ({
  id,
  statement: `Statement of ${id}.`,
  claim: 'event',
  topics,
  value,
  citations: [{ source: 's', quote: 'q' }],
});

describe('buildTimeline', () => {
  const facts: Fact[] = [
    fact('b', { kind: 'date', date: '2017-01-23' }),
    fact('a', { kind: 'date', date: '2015-11' }, ['russia-turkey-mediation']),
    fact('n', { kind: 'number', amount: 3, unit: 'things' }),
    fact('y', { kind: 'date', date: '2017' }),
    {
      id: 'd',
      statement: 'A disputed term.',
      topics: ['un-security-council'],
      claim: 'event',
      disputed: true,
      citations: [
        { source: 'x', quote: 'q', value: { kind: 'date-range', start: '2017', end: '2019' } },
        { source: 'z', quote: 'q', value: { kind: 'date-range', start: '2017', end: '2018' } },
      ],
    },
  ];

  it('keeps only dated facts, earliest first, coarser dates before finer ones in the same year', () => {
    expect(buildTimeline(facts).map((e) => e.fact.id)).toEqual(['a', 'd', 'y', 'b']);
  });
  it('filters by topic', () => {
    expect(buildTimeline(facts, ['astana-process']).map((e) => e.fact.id)).toEqual(['y', 'b']);
  });
  it('shows each source’s claim for a disputed fact', () => {
    const d = buildTimeline(facts).find((e) => e.fact.id === 'd')!;
    expect(d.claims.map((c) => c.source)).toEqual(['x', 'z']);
  });
  it('groups by year', () => {
    expect(groupByYear(buildTimeline(facts)).map((g) => [g.year, g.entries.length])).toEqual([['2015', 1], ['2017', 3]]);
  });
});

describe('readingMinutes', () => {
  it('rounds at 200 words a minute and never says zero', () => {
    expect(readingMinutes(1450)).toBe(7);
    expect(readingMinutes(20)).toBe(1);
  });
});
