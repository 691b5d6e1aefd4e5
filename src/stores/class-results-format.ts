// How the teacher's class results are stored: their own versioned key, each result kept in the result code's
// version-1 payload form and re-validated on every read, so damaged or foreign data is dropped, never trusted.
import { toResultPayload, type StudentResult } from '../teach/result-code.ts';
import { parseResultPayload } from '../teach/result-code-reader.ts';

export const CLASS_RESULTS_KEY = 'kzm:class-results';
export const CLASS_RESULTS_VERSION = 1;
/** Enough for several classes; past it the oldest results are dropped first. */
export const MAX_STORED_RESULTS = 500;

export interface ClassResults {
  version: typeof CLASS_RESULTS_VERSION;
  results: StudentResult[];
}

export type ClassResultsProblem = 'corrupt' | 'foreign' | 'newer' | 'partial';

export function emptyClassResults(): ClassResults {
  return { version: CLASS_RESULTS_VERSION, results: [] };
}

export function encodeClassResults(value: ClassResults): string {
  return JSON.stringify({ version: CLASS_RESULTS_VERSION, results: value.results.map(toResultPayload) });
}

/** Never throws: unreadable data yields an empty table and the problem to report. */
export function parseClassResults(raw: string | null | undefined): { value: ClassResults; problem: ClassResultsProblem | null } {
  if (raw === null || raw === undefined || raw === '') return { value: emptyClassResults(), problem: null };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { value: emptyClassResults(), problem: 'corrupt' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { value: emptyClassResults(), problem: 'foreign' };
  const { version, results } = data as Record<string, unknown>;
  if (typeof version === 'number' && version > CLASS_RESULTS_VERSION) return { value: emptyClassResults(), problem: 'newer' };
  if (version !== CLASS_RESULTS_VERSION || !Array.isArray(results)) return { value: emptyClassResults(), problem: 'foreign' };
  const kept: StudentResult[] = [];
  for (const item of results.slice(-MAX_STORED_RESULTS)) {
    const parsed = parseResultPayload(item);
    if (parsed.ok) kept.push(parsed.result);
  }
  return { value: { version: CLASS_RESULTS_VERSION, results: kept }, problem: kept.length === results.length ? null : 'partial' };
}

