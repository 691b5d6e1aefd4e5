import type { Fact } from '../schemas/fact.ts';
import type { FactValue } from '../schemas/value.ts';
import { compareDates, startDate } from './values.ts';

export interface TimelineEntry {
  fact: Fact;
  /** Where the entry sits: the fact's start date, or the earliest claim of a disputed fact. */
  date: string;
  /** The dated value(s) shown: one for a settled fact, one per source for a disputed one. */
  claims: { source: string | null; value: FactValue }[];
}

/** Dated facts on the given topics (all topics when none are given), earliest first. */
export function buildTimeline(facts: readonly Fact[], topics?: readonly string[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const fact of facts) {
    if (topics && !fact.topics.some((t) => topics.includes(t))) continue;
    const claims = fact.disputed
      ? fact.citations.filter((c) => c.value && startDate(c.value) !== null).map((c) => ({ source: c.source, value: c.value! }))
      : fact.value && startDate(fact.value) !== null
        ? [{ source: null, value: fact.value }]
        : [];
    if (claims.length === 0) continue;
    const date = claims.map((c) => startDate(c.value)!).sort(compareDates)[0]!;
    entries.push({ fact, date, claims });
  }
  // Coarser dates (a year) sort before finer ones in the same period, then by id for a stable order.
  return entries.sort((a, b) => compareDates(a.date, b.date) || a.date.length - b.date.length || a.fact.id.localeCompare(b.fact.id));
}

/** Groups entries by year, for the course-wide timeline. */
export function groupByYear(entries: readonly TimelineEntry[]): { year: string; entries: TimelineEntry[] }[] {
  const groups: { year: string; entries: TimelineEntry[] }[] = [];
  for (const entry of entries) {
    const year = entry.date.slice(0, 4);
    const last = groups.at(-1);
    if (last && last.year === year) last.entries.push(entry);
    else groups.push({ year, entries: [entry] });
  }
  return groups;
}

/** Minutes to read a lesson at an unhurried pace for study (200 words a minute), at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 200));
}

/**
 * One lane per lesson for the drawn timeline: each entry in the lane of the first lesson (in course order) whose
 * topics include the fact's first topic, so each fact is drawn once.
 */
export function timelineLanes<L extends { id: string; label: string; topics: readonly string[] }>(entries: readonly TimelineEntry[], lessons: readonly L[]): (L & { entries: TimelineEntry[] })[] {
  const lanes = lessons.map((l) => ({ ...l, entries: [] as TimelineEntry[] }));
  for (const e of entries) {
    const lane = lanes.find((l) => l.topics.includes(e.fact.topics[0]!)) ?? lanes.find((l) => e.fact.topics.some((t) => l.topics.includes(t)));
    lane?.entries.push(e);
  }
  return lanes;
}
