import type { Content } from '../lib/load-content.ts';
import type { FactValue } from '../schemas/value.ts';
import type { Problem } from './problem.ts';

/** Every actor and place name a value uses, with the field that holds it. */
export function namesInValue(value: FactValue, field: string): { name: string; field: string }[] {
  if (value.kind === 'actors') return value.actors.map((name, i) => ({ name, field: `${field}.actors.${i}` }));
  if (value.kind === 'place') return [{ name: value.name, field: `${field}.name` }, ...(value.country ? [{ name: value.country, field: `${field}.country` }] : [])];
  return [];
}

/**
 * A name in a fact's value must be in the names table, which says how prose writes it (its article, and in other
 * languages its translation): a name missing there would be inserted wrongly, or not at all.
 */
export function validateValueNames(content: Pick<Content, 'facts' | 'names'>): Problem[] {
  if (content.names === null) return []; // content without a names table (small fixtures) inserts names as written
  const known = new Set(content.names.map((n) => n.data.name));
  const problems: Problem[] = [];
  for (const fact of content.facts) {
    const values = [
      ...(fact.data.value ? [{ value: fact.data.value, field: 'value' }] : []),
      ...fact.data.citations.flatMap((c, i) => (c.value ? [{ value: c.value, field: `citations.${i}.value` }] : [])),
    ];
    for (const { value, field } of values) {
      for (const n of namesInValue(value, field)) {
        if (!known.has(n.name)) {
          problems.push({ file: fact.file, line: fact.line, item: fact.id, field: n.field, expected: 'a name listed in src/data/names/en.yaml (with its kind and article)', found: `"${n.name}", not in the names table` });
        }
      }
    }
  }
  return problems;
}
