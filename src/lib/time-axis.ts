// The drawn timeline's scale and layout: dates as spans of time at their own precision (a year-only date covers
// its year, a month its month, a day its day), a linear scale from years to pixels, and lanes whose marks are
// stacked in rows so no two touch.
import type { FactValue, PartialDate } from '../schemas/value.ts';
import { precisionOf, type Precision } from './values.ts';

/** A stretch of time in fractional years (2017.0 is the start of 1 January 2017). */
export interface Span {
  start: number;
  end: number;
}

const YEAR_MS = (y: number) => Date.UTC(y + 1, 0, 1) - Date.UTC(y, 0, 1);
const toYears = (ms: number) => {
  const y = new Date(ms).getUTCFullYear();
  return y + (ms - Date.UTC(y, 0, 1)) / YEAR_MS(y);
};

/** The time a date written at its precision covers: "2010" all of 2010, "2010-06" June, "2010-06-15" that day. */
export function dateSpan(date: PartialDate): Span {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return { start: y, end: y + 1 };
  if (d === undefined) return { start: toYears(Date.UTC(y, m - 1, 1)), end: toYears(Date.UTC(y, m, 1)) };
  return { start: toYears(Date.UTC(y, m - 1, d)), end: toYears(Date.UTC(y, m - 1, d + 1)) };
}

/** A dated value's span (a range runs from its start's beginning to its end's end), or null for other values. */
export function valueSpan(value: FactValue): (Span & { precision: Precision; range: boolean }) | null {
  if (value.kind === 'date') return { ...dateSpan(value.date), precision: precisionOf(value.date), range: false };
  if (value.kind === 'date-range') return { start: dateSpan(value.start).start, end: dateSpan(value.end).end, precision: precisionOf(value.start), range: true };
  return null;
}

/** Maps years to pixels, linearly. */
export function timeScale(from: number, to: number, x0: number, x1: number): (years: number) => number {
  return (t) => x0 + ((t - from) / (to - from)) * (x1 - x0);
}

/** Year ticks from `from` to `to` (whole years) at the smallest step of 1, 2, 5 or 10 years that keeps `minGap` pixels. */
export function yearTicks(from: number, to: number, pxPerYear: number, minGap: number): number[] {
  const step = [1, 2, 5, 10, 20].find((s) => s * pxPerYear >= minGap) ?? 50;
  const ticks: number[] = [];
  for (let y = Math.ceil(from / step) * step; y <= to; y += step) ticks.push(y);
  return ticks;
}

export interface TimelineItem {
  id: string;
  lane: string;
  span: Span;
  precision: Precision;
  range: boolean;
}

export interface PlacedItem extends TimelineItem {
  /** The drawn mark, in pixels. */
  x0: number;
  x1: number;
  /** The link's target area: at least `minTarget` wide, centred on the mark. */
  hit0: number;
  hit1: number;
  row: number;
}

/**
 * Places items on the scale and stacks each lane's items in rows: an item goes in the first row where its target
 * area clears the previous one by `gap` pixels. Items keep their order (earliest first) for reading and focus.
 */
export function stackLane(items: readonly TimelineItem[], x: (t: number) => number, minTarget: number, gap: number, minMark = 3): PlacedItem[] {
  const rowsEnd: number[] = [];
  return [...items]
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.id.localeCompare(b.id))
    .map((item) => {
      let x0 = x(item.span.start);
      let x1 = x(item.span.end);
      if (x1 - x0 < minMark) [x0, x1] = [(x0 + x1) / 2 - minMark / 2, (x0 + x1) / 2 + minMark / 2];
      const mid = (x0 + x1) / 2;
      const hit0 = Math.min(x0, mid - minTarget / 2);
      const hit1 = Math.max(x1, mid + minTarget / 2);
      let row = rowsEnd.findIndex((end) => hit0 >= end + gap);
      if (row === -1) row = rowsEnd.push(hit1) - 1;
      else rowsEnd[row] = hit1;
      return { ...item, x0, x1, hit0, hit1, row };
    });
}

export interface AxisMark extends TimelineItem {
  row: number;
  /** Start and end as fractions of the axis (0: the start of its first year, 1: the end of its last). */
  f0: number;
  f1: number;
  /** Narrower than `minMark` px where the axis is narrowest: drawn `minMark` px wide about its middle. */
  fixedMark: boolean;
  /** Narrower than `minTarget` px where the axis is narrowest: its target is `minTarget` px about its middle. */
  fixedTarget: boolean;
}

/**
 * Lays out a lane of an axis that stretches with its column: each mark at fractions of the axis, stacked in rows at
 * the narrowest the axis is drawn (`minWidth` px), where marks are closest. A wider axis only moves marks of a row
 * further apart, so one layout serves a phone and a wide screen.
 */
export function fluidLane(items: readonly TimelineItem[], from: number, to: number, minWidth: number, minTarget: number, gap: number, minMark = 3): AxisMark[] {
  const frac = (t: number) => (t - from) / (to - from);
  return stackLane(items, timeScale(from, to, 0, minWidth), minTarget, gap, minMark).map((p) => {
    const f0 = frac(p.span.start);
    const f1 = frac(p.span.end);
    const px = (f1 - f0) * minWidth;
    return { id: p.id, lane: p.lane, span: p.span, precision: p.precision, range: p.range, row: p.row, f0, f1, fixedMark: px < minMark, fixedTarget: px < minTarget };
  });
}

/** Where a mark and its target fall, in px, on an axis `width` px wide. */
export function markBoxes(m: AxisMark, width: number, minTarget: number, minMark = 3): { mark: [number, number]; target: [number, number] } {
  const mid = ((m.f0 + m.f1) / 2) * width;
  const span: [number, number] = [m.f0 * width, m.f1 * width];
  return {
    mark: m.fixedMark ? [mid - minMark / 2, mid + minMark / 2] : span,
    target: m.fixedTarget ? [mid - minTarget / 2, mid + minTarget / 2] : span,
  };
}

const TRAILING = /^(a|an|the|of|at|to|in|on|and|or|that|by|for|with|as|from|its|their|his|her)$/i;

/**
 * The opening words of a statement, cut at a word boundary within `max` characters and marked "…" when cut: enough
 * to tell marks apart, while the linked list entry keeps the full statement.
 */
export function shortStatement(statement: string, max = 56): string {
  const s = statement.trim();
  if (s.length <= max) return s;
  const cut = s.slice(0, max + 1);
  const end = cut.lastIndexOf(' ');
  const words = (end > max / 2 ? cut.slice(0, end) : s.slice(0, max)).split(' ');
  // "…announced that the…" reads worse than "…announced…": a cut does not end on a little word.
  while (words.length > 1 && TRAILING.test(words[words.length - 1]!)) words.pop();
  return `${words.join(' ').replace(/[\s,;:–—-]+$/, '')}…`;
}

/**
 * A mark's accessible name: its date (flagged when the sources disagree) and the statement's opening words.
 * `disputedMark` is the flag in the page's language (the catalogue's `axis.disputedMark`).
 */
export function markLabel(date: string, statement: string, disputed = false, disputedMark = ' (sources disagree)'): string {
  return `${date}${disputed ? disputedMark : ''}: ${shortStatement(statement)}`;
}
