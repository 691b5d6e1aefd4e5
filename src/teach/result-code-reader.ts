// Reading result codes on the teacher's page: checksum, version, and every field validated before anything is
// kept or shown. The format itself is in result-code.ts.
import type { Response } from '../quiz/types.ts';
import { cleanText, MAX_ID_LENGTH, QUESTION_ID, unpack, type UnpackProblem } from './packing.ts';
import { MAX_CLASS_LABEL, MAX_QUESTIONS } from './assignment-link.ts';
import { MAX_NAME, MAX_RESULT_LENGTH, RESULT_PREFIX, RESULT_VERSIONS, type ResultItem, type StudentResult } from './result-code.ts';

const MAX_UNPACKED = 16000;
const MAX_CHOICES = 12;

export type ResultProblem = UnpackProblem | 'invalid' | 'no-name' | 'name-too-long' | 'bad-id' | 'bad-answer' | 'bad-time' | 'wrong-score' | 'too-many';


/** Why a code cannot be read is a problem code; the teacher page words it in its language (`islands.result`; English in messages.ts). */
export type DecodedResult = { ok: true; result: StudentResult } | { ok: false; problem: ResultProblem };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const fail = (problem: ResultProblem): { ok: false; problem: ResultProblem } => ({ ok: false, problem });

/** Null when the text is not a response this site writes. */
export function responseFromText(text: string): Response | null | 'bad' {
  if (text === '') return null;
  const kind = text[0];
  const rest = text.slice(1);
  const ints = (allowNone: boolean): number[] | null => {
    if (!(allowNone ? /^(-1|\d{1,2})(\.(-1|\d{1,2}))*$/ : /^\d{1,2}(\.\d{1,2})*$/).test(rest)) return null;
    const xs = rest.split('.').map(Number);
    return xs.length <= MAX_CHOICES && xs.every((x) => x < MAX_CHOICES) ? xs : null;
  };
  switch (kind) {
    case 's':
      return /^\d{1,2}$/.test(rest) && Number(rest) < MAX_CHOICES ? { type: 'single-choice', choice: Number(rest) } : 'bad';
    case 'm': {
      if (rest === '') return { type: 'multiple-select', choices: [] };
      const xs = ints(false);
      return xs ? { type: 'multiple-select', choices: xs } : 'bad';
    }
    case 't':
      return rest === '1' || rest === '0' ? { type: 'true-false', value: rest === '1' } : 'bad';
    case 'n':
      return /^-?\d{1,15}(\.\d{1,6})?$/.test(rest) ? { type: 'numeric', value: Number(rest) } : 'bad';
    case 'o': {
      const xs = ints(false);
      return xs ? { type: 'ordering', order: xs } : 'bad';
    }
    case 'p': {
      const xs = ints(true);
      return xs ? { type: 'matching', pairs: xs } : 'bad';
    }
    default:
      return 'bad';
  }
}

/** A result's times must fall in these years (the 'bad-time' message names them). */
export const MIN_YEAR = 2020;
export const MAX_YEAR = 2100;
const MIN_TIME = Date.UTC(MIN_YEAR, 0, 1) / 1000;
const MAX_TIME = Date.UTC(MAX_YEAR, 0, 1) / 1000;

/** Validates a version-1 payload (from a code or from the teacher's saved table). */
export function parseResultPayload(json: unknown): DecodedResult {
  if (!isObject(json)) return fail('invalid');
  const { a, c, n, t, s, q } = json;
  if (typeof a !== 'string' || !/^[0-9a-f]{8}$/.test(a) || typeof c !== 'string' || typeof n !== 'string') return fail('invalid');
  if (!Array.isArray(t) || t.length !== 2 || !t.every(Number.isInteger) || !Number.isInteger(s) || !Array.isArray(q)) return fail('invalid');
  const name = cleanText(n);
  if (name === '') return fail('no-name');
  if (name.length > MAX_NAME) return fail('name-too-long');
  const classLabel = cleanText(c);
  if (classLabel.length > MAX_CLASS_LABEL) return fail('invalid');
  const [start, end] = t as [number, number];
  if (start < MIN_TIME || end > MAX_TIME || end < start) return fail('bad-time');
  if (q.length === 0) return fail('invalid');
  if (q.length > MAX_QUESTIONS) return fail('too-many');
  const items: ResultItem[] = [];
  for (const item of q) {
    if (!Array.isArray(item) || item.length !== 3 || typeof item[0] !== 'string' || typeof item[1] !== 'string' || (item[2] !== 0 && item[2] !== 1)) return fail('invalid');
    const [id, text, right] = item as [string, string, 0 | 1];
    if (id.length > MAX_ID_LENGTH || !QUESTION_ID.test(id)) return fail('bad-id');
    const response = responseFromText(text);
    if (response === 'bad') return fail('bad-answer');
    items.push({ id, response, correct: right === 1 });
  }
  if (new Set(items.map((i) => i.id)).size !== items.length) return fail('invalid');
  const score = items.filter((i) => i.correct).length;
  if (s !== score) return fail('wrong-score');
  return { ok: true, result: { assignment: a, classLabel, name, startedAt: start * 1000, finishedAt: end * 1000, items, score } };
}

/** One decoder per format version ever published. */
const DECODERS: Record<number, (json: unknown) => DecodedResult> = { 1: parseResultPayload };

/** Reads one result code. Never throws. */
export async function decodeResult(code: string): Promise<DecodedResult> {
  const unpacked = await unpack(code, RESULT_PREFIX, { maxLength: MAX_RESULT_LENGTH, maxUnpacked: MAX_UNPACKED, versions: RESULT_VERSIONS });
  if (!unpacked.ok) return fail(unpacked.problem);
  return DECODERS[unpacked.version]!(unpacked.json);
}

/**
 * Splits pasted text into codes: whitespace separates codes, and a piece that continues a code still missing
 * its check part is joined to it (a long code wrapped by an e-mail program still reads).
 */
export function splitCodes(text: string): string[] {
  const codes: string[] = [];
  for (const piece of text.split(/\s+/).filter(Boolean)) {
    const last = codes.at(-1);
    // Only a code still missing its check part is continued; a complete one is never extended.
    if (last !== undefined && /^R\d{1,3}\./.test(last) && !/\.[0-9a-fA-F]{8}$/.test(last) && !/^R\d{1,3}\./.test(piece)) codes[codes.length - 1] = last + piece;
    else codes.push(piece);
  }
  return codes;
}
