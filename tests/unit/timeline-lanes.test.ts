import { describe, expect, it } from 'vitest';
import { buildTimeline, timelineLanes } from '../../src/lib/timeline.ts';
import type { Fact } from '../../src/schemas/fact.ts';

const fact = (id: string, date: string, topics: Fact['topics']): Fact => ({ id, statement: `Statement of ${id}.`, topics, claim: 'event', value: { kind: 'date', date }, citations: [{ source: 's', quote: 'q' }] });

describe('timelineLanes', () => {
  it('puts each fact once, in the lane of the first lesson whose topics include its first topic', () => {
    const entries = buildTimeline([fact('a', '2016', ['russia-turkey-mediation', 'astana-process']), fact('b', '2017', ['astana-process']), fact('c', '2010', ['osce-chairmanship-2010'])]);
    const lanes = timelineLanes(entries, [
      { id: 'astana', label: 'Astana', topics: ['astana-process'] },
      { id: 'rt', label: 'Russia–Turkey', topics: ['russia-turkey-mediation'] },
    ]);
    expect(lanes.map((l) => [l.id, l.entries.map((e) => e.fact.id)])).toEqual([['astana', ['b']], ['rt', ['a']]]);
  });
});
