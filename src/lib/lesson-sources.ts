// Where a lesson's story stops: the date of the latest source it cites, so a student knows what it cannot cover.
import type { LessonBody } from './load-content.ts';
import type { Fact } from '../schemas/fact.ts';
import type { Source } from '../schemas/source.ts';
import { formatDate } from './values.ts';

/** The sources a lesson's text cites: every source of each `<Fact>`, and each `<Cite>`'s (or only its `source`). */
export function sourcesCitedBy(refs: LessonBody['factRefs'], facts: ReadonlyMap<string, Fact>): Set<string> {
  const ids = new Set<string>();
  for (const ref of refs) {
    const fact = facts.get(ref.id);
    if (!fact) continue;
    for (const c of fact.citations) if (ref.component === 'Fact' || !ref.source || ref.source === c.source) ids.add(c.source);
  }
  return ids;
}

/** The most recently published source a lesson cites (dates compare at their shared precision), or null. */
export function latestSourceOf(refs: LessonBody['factRefs'], facts: ReadonlyMap<string, Fact>, sources: ReadonlyMap<string, Source>): Source | null {
  let latest: Source | null = null;
  for (const id of sourcesCitedBy(refs, facts)) {
    const s = sources.get(id);
    if (s && (!latest || s.published > latest.published)) latest = s;
  }
  return latest;
}

/** "This lesson’s sources end in May 2024." — from the source's date, to the month at most. */
export function storyEndNote(latest: Pick<Source, 'published'>): string {
  return `This lesson’s sources end in ${formatDate(latest.published.slice(0, 7))}: it does not cover what happened later.`;
}
