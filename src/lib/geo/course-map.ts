// What the course's maps show, drawn from the checked content: the states named by fact values (with their roles),
// the venues of talks with their dates, the other places fact values name, and where in the lessons each is told.
import type { Content, Located, LessonBody } from '../load-content.ts';
import type { Fact } from '../../schemas/fact.ts';
import type { FactValue, PartialDate } from '../../schemas/value.ts';
import type { NameKind } from '../../schemas/name.ts';
import type { Place } from '../../schemas/place.ts';
import { mapRoles, type MapRole } from '../../schemas/map-data.ts';
import type { LessonFrontmatter } from '../../schemas/lesson.ts';
import { formatValue, startDate } from '../values.ts';
import { placeMentions, valuesOf } from '../../validation/gazetteer.ts';

export interface SectionLink {
  lesson: string;
  /** Heading anchor of the section that cites the fact. */
  anchor: string;
  /** The section heading's words, for a link's accessible description. */
  lessonTitle: string;
}

export interface MapState {
  name: string;
  iso: string;
  /** The gazetteer's point for the state. */
  lon: number;
  lat: number;
  /** Roles, each with the facts that give it. */
  roles: { role: MapRole; facts: string[] }[];
}

export interface MapTalks {
  id: string;
  /** 1, 2, …: west to east, then by date; the key and the phone map's numbered marks share it. */
  number: number;
  title: string;
  short: string;
  /** The dated facts' values, formatted ("February 2013", "10–11 May 2024"); empty when the dataset dates none. */
  dates: { fact: string; text: string }[];
  /** "2013", "2017–2023", or null. */
  years: string | null;
  link: SectionLink | null;
  facts: string[];
}

export interface MapVenue {
  place: string;
  lon: number;
  lat: number;
  /** The venue lies in a state the facts make a host (Kazakhstan); other venues are drawn hollow. */
  hosted: boolean;
  talks: MapTalks[];
}

export interface MapPlace {
  name: string;
  kind: NameKind;
  lon: number;
  lat: number;
  /** For a border: the two states whose shared line it is, and their shape codes. */
  between?: [string, string];
  betweenIso?: [string, string];
  facts: string[];
  link: SectionLink | null;
}

export interface MapModel {
  states: MapState[];
  venues: MapVenue[];
  places: MapPlace[];
}

type Lesson = Located<LessonFrontmatter & LessonBody>;

/** The heading a line of a lesson's body sits under (the nearest one above it). */
function sectionAt(lesson: Lesson, line: number): string | null {
  let anchor: string | null = null;
  for (const h of lesson.data.headings) if (h.line <= line && h.depth <= 3) anchor = h.anchor;
  return anchor;
}

/**
 * Where a fact is told: the section of the lesson that cites it. With several, `prefer` (the lesson being read)
 * wins, then a lesson whose topics include the fact's first topic, then the earliest lesson.
 */
export function sectionOfFact(content: Content, factId: string, prefer?: string): SectionLink | null {
  const fact = content.facts.find((f) => f.id === factId)?.data;
  const citing = content.lessons
    .filter((l) => l.data.factRefs.some((r) => r.id === factId))
    .sort((a, b) => a.data.order - b.data.order);
  const ranked = [
    ...citing.filter((l) => l.id === prefer),
    ...citing.filter((l) => fact && (l.data.topics as string[]).includes(fact.topics[0]!)),
    ...citing,
  ];
  for (const lesson of ranked) {
    const ref = lesson.data.factRefs.find((r) => r.id === factId)!;
    const anchor = sectionAt(lesson, ref.line);
    if (anchor) return { lesson: lesson.id, anchor, lessonTitle: lesson.data.title };
  }
  return null;
}

/** The section of the first of these facts that a lesson tells. */
function firstLink(content: Content, factIds: readonly string[], prefer?: string): SectionLink | null {
  for (const id of factIds) {
    const link = sectionOfFact(content, id, prefer);
    if (link) return link;
  }
  return null;
}

/** The states a role fact gives: its actors that are states; for a place value, its country or the place itself. */
export function statesOfValue(value: FactValue, kinds: ReadonlyMap<string, NameKind>): string[] {
  if (value.kind === 'actors') return value.actors.filter((a) => kinds.get(a) === 'state');
  if (value.kind === 'place') {
    const state = value.country ?? value.name;
    return kinds.get(state) === 'state' ? [state] : [];
  }
  return [];
}

/** Calendar bounds of a dated value, as "YYYY" of its start and end. */
function yearsOf(value: FactValue): [string, string] | null {
  if (value.kind === 'date') return [value.date.slice(0, 4), value.date.slice(0, 4)];
  if (value.kind === 'date-range') return [value.start.slice(0, 4), value.end.slice(0, 4)];
  return null;
}

export interface MapScope {
  /** The lesson being read: the map shows only what the facts it cites name, and links go to its own sections. */
  lesson?: string;
}

/** The facts a map draws on: those the lesson cites, or for the course map those any lesson cites (what is taught). */
export function factsInScope(content: Content, lesson?: string): Set<string> {
  return new Set(content.lessons.filter((l) => lesson === undefined || l.id === lesson).flatMap((l) => l.data.factRefs.map((r) => r.id)));
}

/** Builds what a map shows from the content. Pure: the same content always gives the same model. */
export function buildMapModel(content: Content, scope: MapScope = {}): MapModel {
  const kinds = new Map((content.names ?? []).map((n) => [n.data.name, n.data.kind]));
  const places = new Map<string, Place>(content.places.map((p) => [p.data.name, p.data]));
  const facts = new Map<string, Fact>(content.facts.map((f) => [f.id, f.data]));
  const cited = factsInScope(content, scope.lesson);
  const inScope = (f: Fact) => cited.has(f.id);
  // Roles come from role facts on the lesson's topics, cited or not: a lesson that tells the talks has their host.
  const topics = scope.lesson ? (content.lessons.find((l) => l.id === scope.lesson)?.data.topics ?? []) : null;
  const roleInScope = (f: Fact) => topics === null || f.topics.some((t) => (topics as string[]).includes(t));
  const scoped = content.facts.filter((f) => inScope(f.data));
  const mapData = content.mapData?.data ?? { roles: { host: [], party: [], sponsor: [], observer: [] }, talks: [] };

  // States: every state a fact in scope names, with the roles that role facts in scope give it.
  const stateFacts = new Map<string, string[]>();
  for (const f of scoped) {
    for (const m of placeMentions(f.data, kinds)) {
      if (kinds.get(m.name) === 'state') stateFacts.set(m.name, [...(stateFacts.get(m.name) ?? []), f.id]);
    }
  }
  const roleOf = new Map<string, { role: MapRole; facts: string[] }[]>();
  for (const role of mapRoles) {
    for (const id of mapData.roles[role]) {
      const fact = facts.get(id);
      if (!fact || !roleInScope(fact)) continue;
      for (const { value } of valuesOf(fact)) {
        for (const state of statesOfValue(value, kinds)) {
          const list = roleOf.get(state) ?? [];
          const entry = list.find((r) => r.role === role);
          if (entry) entry.facts.push(id);
          else list.push({ role, facts: [id] });
          roleOf.set(state, list);
          if (!stateFacts.has(state)) stateFacts.set(state, [id]);
        }
      }
    }
  }
  const hosts = new Set([...roleOf].filter(([, r]) => r.some((x) => x.role === 'host')).map(([s]) => s));
  const states: MapState[] = [...stateFacts.keys()]
    .filter((s) => places.get(s)?.iso)
    .sort()
    .map((name) => ({ name, iso: places.get(name)!.iso!, lon: places.get(name)!.at?.lon ?? 0, lat: places.get(name)!.at?.lat ?? 0, roles: (roleOf.get(name) ?? []).sort((a, b) => mapRoles.indexOf(a.role) - mapRoles.indexOf(b.role)) }));

  // The state each place is in, as the facts' place values give it (whatever the scope).
  const countryOf = new Map<string, string>();
  for (const f of facts.values()) for (const { value } of valuesOf(f)) if (value.kind === 'place' && value.country) countryOf.set(value.name, value.country);

  // Venues: the sets of talks whose facts are in scope, grouped by place, west to east, each venue's talks by date.
  const venues = new Map<string, MapVenue>();
  for (const t of mapData.talks) {
    const talkFacts = t.facts.map((id) => facts.get(id)).filter((f): f is Fact => f !== undefined);
    if (!talkFacts.some(inScope)) continue;
    const place = places.get(t.at);
    if (!place?.at) continue;
    const dated = talkFacts.flatMap((f) => valuesOf(f).map((v) => ({ fact: f.id, value: v.value }))).filter((d) => startDate(d.value) !== null);
    const years = dated.flatMap((d) => yearsOf(d.value) ?? []).sort();
    const countryOfVenue = talkFacts.flatMap((f) => valuesOf(f).map((v) => v.value)).find((v) => v.kind === 'place' && v.name === t.at);
    // The talks' own facts may not say where the city is (the Syria talks' do not): any fact that does, says it.
    const venueState = (countryOfVenue?.kind === 'place' ? countryOfVenue.country : undefined) ?? countryOf.get(t.at);
    const venue = venues.get(t.at) ?? { place: t.at, lon: place.at.lon, lat: place.at.lat, hosted: false, talks: [] };
    venue.hosted ||= venueState !== undefined && hosts.has(venueState);
    venue.talks.push({
      id: t.id,
      number: 0,
      title: t.title,
      short: t.short,
      dates: dated.map((d) => ({ fact: d.fact, text: formatValue(d.value) })),
      years: years.length === 0 ? null : years[0] === years.at(-1) ? years[0]! : `${years[0]}–${years.at(-1)}`,
      link: firstLink(content, t.facts, scope.lesson),
      facts: t.facts,
    });
    venues.set(t.at, venue);
  }
  for (const v of venues.values()) v.talks.sort((a, b) => (a.years ?? '9999').localeCompare(b.years ?? '9999'));

  // Other places: those facts in scope name (not states, not venues), that have a point.
  const other = new Map<string, MapPlace>();
  for (const f of scoped) {
    for (const m of placeMentions(f.data, kinds)) {
      const kind = kinds.get(m.name);
      const place = places.get(m.name);
      if (!kind || kind === 'state' || !place?.at || venues.has(m.name)) continue;
      const entry = other.get(m.name) ?? { name: m.name, kind, lon: place.at.lon, lat: place.at.lat, ...(place.between ? { between: place.between, betweenIso: place.between.map((n) => places.get(n)?.iso ?? '') as [string, string] } : {}), facts: [], link: null };
      entry.facts.push(f.id);
      other.set(m.name, entry);
    }
  }
  for (const p of other.values()) p.link = firstLink(content, p.facts, scope.lesson);
  const sortedVenues = [...venues.values()].sort((a, b) => a.lon - b.lon);
  let n = 0;
  for (const v of sortedVenues) for (const t of v.talks) t.number = ++n;
  return {
    states,
    venues: sortedVenues,
    places: [...other.values()].sort((a, b) => a.lon - b.lon),
  };
}

export type { PartialDate };
