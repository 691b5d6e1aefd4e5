// Progress across quizzes, kept in localStorage under one versioned key. Every change goes through the
// actions below; the storage format itself lives in progress-format.ts.
import { atom } from 'nanostores';
import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { createSafeStorage } from './safe-storage.ts';
import { emptyProgress, emptyQuizRecord, parseProgress, PROGRESS_KEY, SET_ASIDE_PREFIX, type Attempt, type Problem, type Progress, type QuizRecord } from './progress-format.ts';
import type { StorageFailure } from './safe-storage.ts';
import { missed, reviewed } from '../quiz/leitner.ts';
import type { Response } from '../quiz/types.ts';

/**
 * What the page should say about storage (bad data set aside, storage blocked or full), or null. A code, not text:
 * islands say it in the page's language (the catalogue's `islands.storage`; English in PROBLEM_NOTICES).
 */
export const $storageNotice = atom<Problem | StorageFailure | null>(null);

const storage = createSafeStorage(
  () => localStorage,
  (reason) => $storageNotice.set(reason),
);
setPersistentEngine(storage, windowPersistentEvents);

// Before the store reads the data: set aside anything it cannot keep, under its own key, and say so.
const raw = storage[PROGRESS_KEY];
const parsed = parseProgress(raw);
if (parsed.problem) {
  if (parsed.problem !== 'migrated' && raw !== undefined) storage[`${SET_ASIDE_PREFIX}${Date.now()}`] = raw;
  $storageNotice.set(parsed.problem);
  if (parsed.problem !== 'newer') storage[PROGRESS_KEY] = JSON.stringify(parsed.progress);
}

export const $progress = persistentAtom<Progress>(PROGRESS_KEY, emptyProgress(), {
  encode: JSON.stringify,
  decode: (text) => parseProgress(text).progress,
});

function updateQuiz(key: string, change: (record: QuizRecord) => QuizRecord): void {
  const progress = $progress.get();
  $progress.set({ ...progress, quizzes: { ...progress.quizzes, [key]: change(progress.quizzes[key] ?? emptyQuizRecord()) } });
}

export function quizRecord(key: string): QuizRecord {
  return $progress.get().quizzes[key] ?? emptyQuizRecord();
}

export function startAttempt(key: string, attempt: Attempt): void {
  updateQuiz(key, (r) => ({ ...r, current: attempt }));
}

export function saveCurrent(key: string, change: (attempt: Attempt) => Attempt): void {
  updateQuiz(key, (r) => (r.current ? { ...r, current: change(r.current) } : r));
}

export function saveAnswer(key: string, questionId: string, response: Response): void {
  saveCurrent(key, (a) => ({ ...a, answers: { ...a.answers, [questionId]: response } }));
}

/** Closes the current attempt: records the score, keeps it for review and sends missed questions to review. */
export function finishAttempt(key: string, correct: number, missedIds: string[], now = Date.now()): void {
  const progress = $progress.get();
  const record = progress.quizzes[key] ?? emptyQuizRecord();
  if (!record.current) return;
  const total = record.current.questionIds.length;
  const last = { ...record.current, finishedAt: now };
  const better = !record.best || correct / total > record.best.correct / record.best.total;
  const review = { ...progress.review };
  for (const id of missedIds) review[id] = missed(now);
  $progress.set({
    ...progress,
    review,
    quizzes: {
      ...progress.quizzes,
      [key]: {
        best: better ? { correct, total } : record.best,
        attempts: [...record.attempts, { finishedAt: now, correct, total, missed: missedIds }].slice(-20),
        current: null,
        last,
      },
    },
  });
}

export function abandonAttempt(key: string): void {
  updateQuiz(key, (r) => ({ ...r, current: null }));
}

/** Records a spaced-review answer: up a box when right, back to box 1 when wrong, out when learned. */
export function recordReview(questionId: string, correct: boolean, now = Date.now()): void {
  const progress = $progress.get();
  const card = progress.review[questionId];
  if (!card) return;
  const next = reviewed(card, correct, now);
  const review = { ...progress.review };
  if (next) review[questionId] = next;
  else delete review[questionId];
  $progress.set({ ...progress, review });
}

export function resetProgress(): void {
  $progress.set(emptyProgress());
}

/**
 * Keeps progress in memory only, from now on, for this page. For the SCORM package inside an LMS: the LMS keeps
 * the attempt (cmi.suspend_data), and its origin's localStorage is shared by everyone using that computer, so
 * one student's answers must not be left there for the next. Call before any quiz starts.
 */
export function keepProgressInMemory(): void {
  setPersistentEngine({}, { addEventListener() {}, removeEventListener() {} });
  $storageNotice.set(null);
  $progress.set(emptyProgress());
}
