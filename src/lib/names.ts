import type { NameEntry } from '../schemas/name.ts';
import type { NameLookup } from './value-forms.ts';

/** A lookup over the names table, for inserting names into English prose. */
export function nameLookup(entries: readonly NameEntry[]): NameLookup {
  const byName = new Map(entries.map((e) => [e.name, e]));
  return (name) => byName.get(name);
}
