// The teacher's class results, kept in this browser only (localStorage) until the teacher clears them.
// The format and its checks live in class-results-format.ts.
import { atom } from 'nanostores';
import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { createSafeStorage } from './safe-storage.ts';
import { CLASS_RESULTS_KEY, emptyClassResults, encodeClassResults, MAX_STORED_RESULTS, parseClassResults, type ClassResults, type ClassResultsProblem } from './class-results-format.ts';
import type { StorageFailure } from './safe-storage.ts';
import { resultKey } from '../teach/class-results.ts';
import type { StudentResult } from '../teach/result-code.ts';

/** What the teacher page should say about stored results (a code; the page's catalogue words it), or null. */
export const $classResultsNotice = atom<ClassResultsProblem | StorageFailure | null>(null);

// The teacher page loads no other store, so this sets the (never-throwing) storage engine for it.
const storage = createSafeStorage(
  () => localStorage,
  (reason) => $classResultsNotice.set(reason),
);
setPersistentEngine(storage, windowPersistentEvents);

const raw = storage[CLASS_RESULTS_KEY];
const parsed = parseClassResults(raw);
if (parsed.problem) {
  if (raw !== undefined && parsed.problem !== 'partial') storage[`${CLASS_RESULTS_KEY}:set-aside:${Date.now()}`] = raw;
  $classResultsNotice.set(parsed.problem);
  if (parsed.problem !== 'newer') storage[CLASS_RESULTS_KEY] = encodeClassResults(parsed.value);
}

export const $classResults = persistentAtom<ClassResults>(CLASS_RESULTS_KEY, emptyClassResults(), {
  encode: encodeClassResults,
  decode: (text) => parseClassResults(text).value,
});

/** Adds results, skipping any already there; returns how many were new. */
export function addResults(results: readonly StudentResult[]): number {
  const current = $classResults.get().results;
  const seen = new Set(current.map(resultKey));
  const fresh = results.filter((r) => {
    const key = resultKey(r);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (fresh.length > 0) $classResults.set({ ...$classResults.get(), results: [...current, ...fresh].slice(-MAX_STORED_RESULTS) });
  return fresh.length;
}

export function clearResults(): void {
  $classResults.set(emptyClassResults());
}
