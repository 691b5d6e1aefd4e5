// The one place that defines how progress is stored: its shape, its version, how older versions are migrated
// and how bad data is recognised. Pure functions, so the rules are tested without a browser.
import type { ReviewCard } from '../quiz/leitner.ts';
import type { Response } from '../quiz/types.ts';

export const PROGRESS_KEY = 'kzm:progress';
export const SET_ASIDE_PREFIX = 'kzm:progress:set-aside:';
export const PROGRESS_VERSION = 1;

export interface Attempt {
  seed: number;
  /** Questions in the order shown. */
  questionIds: string[];
  answers: Record<string, Response>;
  /** Questions whose answer has been checked (immediate feedback). */
  checked: string[];
  /** Index in questionIds of the question on screen. */
  position: number;
  feedback: 'immediate' | 'end';
  startedAt: number;
  finishedAt: number | null;
}

export interface AttemptSummary {
  finishedAt: number;
  correct: number;
  total: number;
  missed: string[];
}

export interface QuizRecord {
  best: { correct: number; total: number } | null;
  attempts: AttemptSummary[];
  /** The attempt in progress, resumed after a reload. */
  current: Attempt | null;
  /** The last finished attempt, for review. */
  last: Attempt | null;
}

export interface Progress {
  version: typeof PROGRESS_VERSION;
  quizzes: Record<string, QuizRecord>;
  /** Spaced-review cards by question id. */
  review: Record<string, ReviewCard>;
}

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, quizzes: {}, review: {} };
}

export function emptyQuizRecord(): QuizRecord {
  return { best: null, attempts: [], current: null, last: null };
}

export type Problem = 'corrupt' | 'foreign' | 'newer' | 'partial' | 'migrated';
export interface ParsedProgress {
  progress: Progress;
  /** What was wrong, if anything; data that could not be kept is set aside by the caller, never deleted. */
  problem: Problem | null;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown): v is number => Number.isInteger(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

function isResponse(v: unknown): v is Response {
  if (!isObject(v)) return false;
  switch (v.type) {
    case 'single-choice':
      return isInt(v.choice);
    case 'multiple-select':
      return Array.isArray(v.choices) && v.choices.every(isInt);
    case 'true-false':
      return typeof v.value === 'boolean';
    case 'numeric':
      return typeof v.value === 'number';
    case 'ordering':
      return Array.isArray(v.order) && v.order.every(isInt);
    case 'matching':
      return Array.isArray(v.pairs) && v.pairs.every(isInt);
    default:
      return false;
  }
}

function isAttempt(v: unknown): v is Attempt {
  return (
    isObject(v) &&
    isInt(v.seed) &&
    isStringArray(v.questionIds) &&
    isObject(v.answers) &&
    Object.values(v.answers).every(isResponse) &&
    isStringArray(v.checked) &&
    isInt(v.position) &&
    (v.feedback === 'immediate' || v.feedback === 'end') &&
    typeof v.startedAt === 'number' &&
    (v.finishedAt === null || typeof v.finishedAt === 'number')
  );
}

function isSummary(v: unknown): v is AttemptSummary {
  return isObject(v) && typeof v.finishedAt === 'number' && isInt(v.correct) && isInt(v.total) && isStringArray(v.missed);
}

function isQuizRecord(v: unknown): v is QuizRecord {
  return (
    isObject(v) &&
    (v.best === null || (isObject(v.best) && isInt(v.best.correct) && isInt(v.best.total))) &&
    Array.isArray(v.attempts) &&
    v.attempts.every(isSummary) &&
    (v.current === null || isAttempt(v.current)) &&
    (v.last === null || isAttempt(v.last))
  );
}

function isCard(v: unknown): v is ReviewCard {
  return isObject(v) && isInt(v.box) && typeof v.due === 'number';
}

/** Keeps every valid entry of a version-1 object; reports `partial` when some had to be dropped. */
function keepValid(data: Record<string, unknown>): ParsedProgress {
  const progress = emptyProgress();
  let dropped = false;
  for (const [id, record] of Object.entries(isObject(data.quizzes) ? data.quizzes : {})) {
    if (isQuizRecord(record)) progress.quizzes[id] = record;
    else dropped = true;
  }
  for (const [id, card] of Object.entries(isObject(data.review) ? data.review : {})) {
    if (isCard(card)) progress.review[id] = card;
    else dropped = true;
  }
  if (!isObject(data.quizzes) || (data.review !== undefined && !isObject(data.review))) dropped = true;
  return { progress, problem: dropped ? 'partial' : null };
}

/**
 * Version 0 (the first release) kept only best scores as percentages: `{ best: { [quizId]: 0…100 } }`.
 * Migrated to version 1 as best scores out of 100, with no attempts.
 */
function migrateV0(data: Record<string, unknown>): ParsedProgress | null {
  if (!isObject(data.best)) return null;
  const progress = emptyProgress();
  for (const [id, pct] of Object.entries(data.best)) {
    if (typeof pct !== 'number' || pct < 0 || pct > 100) return null;
    progress.quizzes[id] = { ...emptyQuizRecord(), best: { correct: Math.round(pct), total: 100 } };
  }
  return { progress, problem: 'migrated' };
}

/** Reads stored progress. Never throws: unreadable data yields empty progress and a problem to report. */
export function parseProgress(raw: string | null | undefined): ParsedProgress {
  if (raw === null || raw === undefined || raw === '') return { progress: emptyProgress(), problem: null };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { progress: emptyProgress(), problem: 'corrupt' };
  }
  if (!isObject(data)) return { progress: emptyProgress(), problem: 'foreign' };
  if (data.version === PROGRESS_VERSION) return keepValid(data);
  if (typeof data.version === 'number' && data.version > PROGRESS_VERSION) return { progress: emptyProgress(), problem: 'newer' };
  if (data.version === undefined || data.version === 0) return migrateV0(data) ?? { progress: emptyProgress(), problem: 'foreign' };
  return { progress: emptyProgress(), problem: 'foreign' };
}

