// A student's result as a code to paste to the teacher: `R1.<body>.<check>`. This module is the format and its
// writer (the student's page); result-code-reader.ts reads and checks codes (the teacher's page), kept apart so
// the student's page does not carry the reader's messages (its JavaScript budget is tight). A code carries the
// assignment's fingerprint and class label, the student's name, every answer with whether it was right, the
// score and the times, so the teacher's page needs nothing else to build the class table. The CRC-32 check catches a typing
// error or a cut-off paste; it is not a signature, so the teacher's page re-marks answers it knows.
import type { Response } from '../quiz/types.ts';
import { cleanText, pack } from './packing.ts';

export const RESULT_PREFIX = 'R';
export const RESULT_VERSION = 1;
export const RESULT_VERSIONS = [1] as const;
export const MAX_RESULT_LENGTH = 6000;
export const MAX_NAME = 40;

export interface ResultItem {
  id: string;
  response: Response | null;
  correct: boolean;
}

export interface StudentResult {
  /** Fingerprint of the assignment (see assignment-link.ts). */
  assignment: string;
  classLabel: string;
  name: string;
  /** Epoch milliseconds, to the second. */
  startedAt: number;
  finishedAt: number;
  items: ResultItem[];
  score: number;
}

/** Version 1 on the wire. Times are whole seconds; each item is [id, response, 1 if right]. */
export interface ResultPayloadV1 {
  a: string;
  c: string;
  n: string;
  t: [number, number];
  s: number;
  q: [string, string, 0 | 1][];
}

const list = (xs: readonly number[]) => xs.join('.');

/** A response as a few characters: a type letter and its numbers ('' for no answer). */
export function responseToText(r: Response | null | undefined): string {
  if (!r) return '';
  switch (r.type) {
    case 'single-choice':
      return `s${r.choice}`;
    case 'multiple-select':
      return `m${list(r.choices)}`;
    case 'true-false':
      return r.value ? 't1' : 't0';
    case 'numeric':
      return `n${r.value}`;
    case 'ordering':
      return `o${list(r.order)}`;
    case 'matching':
      return `p${list(r.pairs)}`;
  }
}

const seconds = (ms: number) => Math.round(ms / 1000);

export function toResultPayload(r: StudentResult): ResultPayloadV1 {
  return { a: r.assignment, c: r.classLabel, n: r.name, t: [seconds(r.startedAt), seconds(r.finishedAt)], s: r.score, q: r.items.map((i) => [i.id, responseToText(i.response), i.correct ? 1 : 0]) };
}

export async function encodeResult(r: StudentResult): Promise<string> {
  const name = cleanText(r.name);
  if (name === '') throw new Error('Type your name or initials first.');
  if (name.length > MAX_NAME) throw new Error(`Use at most ${MAX_NAME} characters for your name.`);
  return pack(RESULT_PREFIX, RESULT_VERSION, toResultPayload({ ...r, name, classLabel: cleanText(r.classLabel) }));
}

