import type { Content, Located } from '../lib/load-content.ts';
import type { Fact } from '../schemas/fact.ts';
import type { FactValue } from '../schemas/value.ts';
import { isPlaceKind, placeKinds, type NameKind } from '../schemas/name.ts';
import { show, type Problem } from './problem.ts';

/** A name in a fact's value that stands for a place, and the field it sits in. */
export interface PlaceMention {
  name: string;
  field: string;
}

/** Every value a fact asserts, with its field: the fact's own value, or each citation's claim on a disputed fact. */
export function valuesOf(fact: Fact): { field: string; value: FactValue }[] {
  if (fact.value) return [{ field: 'value', value: fact.value }];
  return fact.citations.flatMap((c, i) => (c.value ? [{ field: `citations.${i}.value`, value: c.value }] : []));
}

/**
 * The places a fact's values name: a place value's name and country always; an actor when the names table says
 * it is a place (a state, a city…), so "Russia" among actors is a place and "Boris Yeltsin" is not.
 */
export function placeMentions(fact: Fact, kinds: ReadonlyMap<string, NameKind>): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const { field, value } of valuesOf(fact)) {
    if (value.kind === 'place') {
      out.push({ name: value.name, field: `${field}.name` });
      if (value.country !== undefined) out.push({ name: value.country, field: `${field}.country` });
    } else if (value.kind === 'actors') {
      value.actors.forEach((actor, i) => {
        const kind = kinds.get(actor);
        if (kind && isPlaceKind(kind)) out.push({ name: actor, field: `${field}.actors.${i}` });
      });
    }
  }
  return out;
}

const GAZETTEER = 'src/data/places.yaml';

/**
 * The gazetteer rules: every place a fact's value names has a gazetteer entry, and every entry is a place the names
 * table knows, with what its kind needs to be drawn (a state its shape code, a city its point, a border its two
 * states). Content without a gazetteer (a test fixture, the benchmark) draws no maps and is not checked; the course's
 * own gazetteer is required by a unit test.
 */
export function validateGazetteer(content: Content): Problem[] {
  if (content.names === null || content.places.length === 0) return [];
  const problems: Problem[] = [];
  const kinds = new Map(content.names.map((n) => [n.data.name, n.data.kind]));
  const places = new Map<string, Located<(typeof content.places)[number]['data']>>();
  const gazetteerFile = content.places[0]?.file ?? GAZETTEER;

  for (const place of content.places) {
    const at = { file: place.file, line: place.line, item: place.id };
    const p = place.data;
    if (places.has(p.name)) {
      problems.push({ ...at, field: 'name', expected: 'each place once in the gazetteer', found: `a second entry for ${show(p.name)}` });
      continue;
    }
    places.set(p.name, place);
    const kind = kinds.get(p.name);
    if (kind === undefined || !isPlaceKind(kind)) {
      problems.push({ ...at, field: 'name', expected: `a name the names table lists as a place (${placeKinds.join(', ')})`, found: kind === undefined ? `${show(p.name)}, not in the names table` : `${show(p.name)}, listed as ${kind}` });
      continue;
    }
    if (kind === 'state' && p.iso === undefined) problems.push({ ...at, field: 'iso', expected: 'the ISO 3166-1 numeric code of a state (its Natural Earth shape)', found: 'nothing' });
    if (kind !== 'state' && p.iso !== undefined) problems.push({ ...at, field: 'iso', expected: 'a shape code only on a state', found: show(p.iso) });
    if ((kind === 'state' || kind === 'city' || kind === 'site' || kind === 'border') && p.at === undefined) {
      problems.push({ ...at, field: 'at', expected: `a point (lat, lon) for a ${kind}`, found: 'nothing' });
    }
    if (kind === 'border' && p.between === undefined) problems.push({ ...at, field: 'between', expected: 'the two states whose shared line the border is', found: 'nothing' });
    if (kind !== 'border' && p.between !== undefined) problems.push({ ...at, field: 'between', expected: 'states only on a border', found: show(p.between) });
  }
  // A border's two states must be states in the gazetteer, so the map can find their shared line.
  for (const place of places.values()) {
    place.data.between?.forEach((state, i) => {
      if (kinds.get(state) !== 'state' || !places.has(state)) {
        problems.push({ file: place.file, line: place.line, item: place.id, field: `between.${i}`, expected: 'a state with its own gazetteer entry', found: show(state) });
      }
    });
  }

  for (const fact of content.facts) {
    for (const m of placeMentions(fact.data, kinds)) {
      // An entry that failed its schema was reported already; a fact naming it is not a second problem.
      if (!places.has(m.name) && !content.unparsed.has(m.name)) {
        problems.push({ file: fact.file, line: fact.line, item: fact.id, field: m.field, expected: `a place with an entry in the gazetteer (${gazetteerFile})`, found: `${show(m.name)}, which has none` });
      }
    }
  }
  return problems;
}

/** Gazetteer entries that no fact value names: reported, so the gazetteer does not keep places the course dropped. */
export function unusedPlaces(content: Content): Problem[] {
  if (content.names === null || content.places.length === 0) return [];
  const kinds = new Map(content.names.map((n) => [n.data.name, n.data.kind]));
  const named = new Set(content.facts.flatMap((f) => placeMentions(f.data, kinds).map((m) => m.name)));
  return content.places
    .filter((p) => !named.has(p.data.name))
    .map((p) => ({ file: p.file, line: p.line, item: p.id, field: 'name', expected: 'a place that some fact value names', found: 'no fact names it (remove the entry, or keep it for a fact to come)' }));
}
