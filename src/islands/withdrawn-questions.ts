// The list of withdrawn questions, fetched only when a link or result code names a question this build lacks.
import { withdrawnFrom, type Withdrawn } from '../teach/withdrawn.ts';

let list: Promise<Withdrawn> | undefined;

/** Withdrawn question id → reason; empty when the list cannot be loaded (the pages then say "no longer exists"). */
export function loadWithdrawn(): Promise<Withdrawn> {
  list ??= fetch(`${import.meta.env.BASE_URL}retired-questions.json`)
    .then((r) => (r.ok ? r.json() : null))
    .then(withdrawnFrom)
    .catch(() => new Map());
  return list;
}
