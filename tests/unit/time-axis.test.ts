import { describe, expect, it } from 'vitest';
import { dateSpan, fluidLane, markBoxes, markLabel, shortStatement, stackLane, timeScale, valueSpan, yearTicks, type TimelineItem } from '../../src/lib/time-axis.ts';

describe('dateSpan: a date covers the time its precision says', () => {
  it('a year-only date is the whole year', () => {
    expect(dateSpan('2010')).toEqual({ start: 2010, end: 2011 });
  });
  it('a month is its month (February 2013 is shorter than a twelfth)', () => {
    const feb = dateSpan('2013-02');
    expect(feb.start).toBeCloseTo(2013 + 31 / 365, 6);
    expect(feb.end).toBeCloseTo(2013 + 59 / 365, 6);
  });
  it('a day is one day, in a leap year too', () => {
    const d = dateSpan('2016-12-30');
    expect(d.start).toBeCloseTo(2016 + 364 / 366, 6);
    expect(d.end - d.start).toBeCloseTo(1 / 366, 9);
  });
});

describe('valueSpan', () => {
  it('a range runs from the start of its first day to the end of its last', () => {
    const r = valueSpan({ kind: 'date-range', start: '2024-05-10', end: '2024-05-11' })!;
    expect(r.range).toBe(true);
    expect(r.precision).toBe('day');
    expect((r.end - r.start) * 366).toBeCloseTo(2, 6);
  });
  it('a year range covers both whole years', () => {
    expect(valueSpan({ kind: 'date-range', start: '2017', end: '2018' })).toEqual({ start: 2017, end: 2019, precision: 'year', range: true });
  });
  it('has no span for a value that is not a date', () => {
    expect(valueSpan({ kind: 'number', amount: 3, unit: 'rounds' })).toBeNull();
  });
});

describe('scale and ticks', () => {
  it('maps years linearly onto pixels', () => {
    const x = timeScale(1991, 2025, 0, 340);
    expect(x(1991)).toBe(0);
    expect(x(2008)).toBe(170);
    expect(x(2025)).toBe(340);
  });
  it('chooses a tick step that keeps labels apart', () => {
    expect(yearTicks(1991, 2025, 29, 40)).toEqual([1992, 1994, 1996, 1998, 2000, 2002, 2004, 2006, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024]);
    expect(yearTicks(1991, 2025, 9.6, 40)).toEqual([1995, 2000, 2005, 2010, 2015, 2020, 2025]);
  });
});

describe('stackLane', () => {
  const item = (id: string, date: string): TimelineItem => {
    const { start, end, precision, range } = valueSpan({ kind: 'date', date })!;
    return { id, lane: 'l', span: { start, end }, precision, range };
  };
  const x = timeScale(2016, 2018, 0, 200);
  it('puts marks whose targets would touch in separate rows, and reuses a row once clear', () => {
    const placed = stackLane([item('a', '2016-12-16'), item('b', '2016-12-18'), item('c', '2016-12-23'), item('d', '2017-06')], x, 24, 2);
    expect(placed.map((p) => [p.id, p.row])).toEqual([['a', 0], ['b', 1], ['c', 2], ['d', 0]]);
    for (const p of placed) expect(p.hit1 - p.hit0).toBeGreaterThanOrEqual(24);
  });
  it('draws a day as a small mark and a year as the whole year', () => {
    const [day, year] = stackLane([item('day', '2016-03-01'), item('year', '2017')], x, 24, 2, 3);
    expect(day!.x1 - day!.x0).toBeCloseTo(3, 6);
    expect(year!.x1 - year!.x0).toBeCloseTo(100, 6);
  });
});

describe('a mark’s accessible name: the date and the statement’s opening words', () => {
  const statement = 'Vladimir Putin announced on 16 December 2016 that the next round of Syrian peace talks could take place in Astana.';
  it('cuts a long statement at a word, never after a little word, and says it is cut', () => {
    const short = shortStatement(statement);
    expect(short).toBe('Vladimir Putin announced on 16 December 2016…');
    expect(short.length).toBeLessThanOrEqual(57);
    expect(statement.startsWith(short.slice(0, -1))).toBe(true);
  });
  it('keeps a short statement whole', () => {
    expect(shortStatement('The OSCE summit met in Astana.')).toBe('The OSCE summit met in Astana.');
  });
  it('cuts a statement with no space in reach at the limit', () => {
    expect(shortStatement('x'.repeat(80), 20)).toBe(`${'x'.repeat(20)}…`);
  });
  it('starts with the date, and says when the sources disagree', () => {
    expect(markLabel('16 December 2016', statement)).toBe('16 December 2016: Vladimir Putin announced on 16 December 2016…');
    expect(markLabel('2017–2019', 'The sources differ on how long it ran.', true)).toBe('2017–2019 (sources disagree): The sources differ on how long it ran.');
  });
});

describe('fluidLane: one layout for every width', () => {
  const item = (id: string, value: Parameters<typeof valueSpan>[0]): TimelineItem => {
    const { start, end, precision, range } = valueSpan(value)!;
    return { id, lane: 'l', span: { start, end }, precision, range };
  };
  const items = [
    item('a', { kind: 'date', date: '2016-12-16' }),
    item('b', { kind: 'date', date: '2016-12-18' }),
    item('c', { kind: 'date', date: '2017' }),
    item('d', { kind: 'date', date: '2017-06' }),
    item('e', { kind: 'date-range', start: '2017', end: '2019' }),
    item('f', { kind: 'date', date: '2019-03' }),
    item('g', { kind: 'date-range', start: '1991', end: '2000' }),
  ];
  const marks = fluidLane(items, 1991, 2025, 300, 24, 2);
  it('stacks at the narrowest width and keeps every row apart at any wider one', () => {
    expect(new Set(marks.map((m) => m.row)).size).toBeGreaterThan(1);
    for (let width = 300; width <= 1400; width += 50) {
      const rows = new Map<number, [number, number][]>();
      for (const m of marks) {
        const { mark, target } = markBoxes(m, width, 24);
        rows.set(m.row, [...(rows.get(m.row) ?? []), [Math.min(mark[0], target[0]), Math.max(mark[1], target[1])]]);
      }
      for (const boxes of rows.values()) {
        boxes.sort((p, q) => p[0] - q[0]);
        for (let i = 1; i < boxes.length; i++) expect(boxes[i]![0], `width ${width}`).toBeGreaterThanOrEqual(boxes[i - 1]![1]);
      }
    }
  });
  it('gives a short mark a fixed size and a long one its share of the axis', () => {
    const day = marks.find((m) => m.id === 'a')!;
    const decade = marks.find((m) => m.id === 'g')!;
    expect(day.fixedMark && day.fixedTarget).toBe(true);
    expect(decade.fixedMark || decade.fixedTarget).toBe(false);
    expect(markBoxes(day, 1000, 24).target[1] - markBoxes(day, 1000, 24).target[0]).toBe(24);
    expect(markBoxes(decade, 1000, 24).mark[1] - markBoxes(decade, 1000, 24).mark[0]).toBeCloseTo((10 / 34) * 1000, 6);
  });
});
