import type { Content } from '../lib/load-content.ts';
import { mapRoles } from '../schemas/map-data.ts';
import { statesOfValue } from '../lib/geo/course-map.ts';
import { valuesOf } from './gazetteer.ts';
import { show, type Problem } from './problem.ts';

/**
 * The map data rules: a role names facts whose values give states; each set of talks is at a gazetteer place that
 * has a point, rests on known facts whose places agree with it, and at least one of them is told in a lesson (the
 * map's link goes there).
 */
export function validateMapData(content: Content): Problem[] {
  const map = content.mapData;
  if (!map) return [];
  const problems: Problem[] = [];
  const kinds = new Map((content.names ?? []).map((n) => [n.data.name, n.data.kind]));
  const facts = new Map(content.facts.map((f) => [f.id, f.data]));
  const places = new Map(content.places.map((p) => [p.data.name, p.data]));
  const cited = new Set(content.lessons.flatMap((l) => l.data.factRefs.map((r) => r.id)));
  const at = (path: string, item: string) => ({ file: map.file, line: map.lines?.get(path) ?? map.line, item });

  for (const role of mapRoles) {
    map.data.roles[role].forEach((id, i) => {
      const where = at(`roles.${role}.${i}`, `roles.${role}`);
      const fact = facts.get(id);
      if (!fact) {
        if (!content.unparsed.has(id)) problems.push({ ...where, field: String(i), expected: 'a known fact id', found: show(id) });
        return;
      }
      const states = valuesOf(fact).flatMap((v) => statesOfValue(v.value, kinds));
      if (states.length === 0) problems.push({ ...where, field: String(i), expected: `a fact whose value names a state (actors, or a place in a state) to be the ${role}`, found: `${show(id)}, whose value names none` });
    });
  }
  const ids = new Set<string>();
  map.data.talks.forEach((t, i) => {
    const where = at(`talks.${i}`, t.id);
    if (ids.has(t.id)) problems.push({ ...where, field: 'id', expected: 'a talks id used once', found: show(t.id) });
    ids.add(t.id);
    const place = places.get(t.at);
    if (!place) problems.push({ ...where, field: 'at', expected: 'a place of the gazetteer', found: show(t.at) });
    else if (!place.at) problems.push({ ...where, field: 'at', expected: 'a place with a point to mark', found: `${show(t.at)}, which has none` });
    t.facts.forEach((id, j) => {
      const fact = facts.get(id);
      if (!fact) {
        if (!content.unparsed.has(id)) problems.push({ ...where, field: `facts.${j}`, expected: 'a known fact id', found: show(id) });
        return;
      }
      for (const { value } of valuesOf(fact)) {
        if (value.kind === 'place' && value.name !== t.at && kinds.get(value.name) !== 'state') {
          problems.push({ ...where, field: `facts.${j}`, expected: `a fact placing the talks at ${t.at} (or in a state)`, found: `${show(id)}, which places them at ${show(value.name)}` });
        }
      }
    });
    if (t.facts.every((id) => facts.has(id)) && !t.facts.some((id) => cited.has(id))) {
      problems.push({ ...where, field: 'facts', expected: 'at least one fact that a lesson cites (the map links to its section)', found: 'none cited in any lesson' });
    }
  });
  return problems;
}
