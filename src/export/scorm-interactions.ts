// How a question and a student's answer are written as a SCORM 1.2 interaction (cmi.interactions.n): the 1.2
// type vocabulary and response formats, and the 1.2 time formats. Pure, so the formats are tested directly.
import { isCorrect } from '../quiz/checking.ts';
import type { Response, RuntimeQuestion } from '../quiz/types.ts';
import type { ExportProblem } from './bank.ts';

export type InteractionType = 'true-false' | 'choice' | 'numeric' | 'sequencing' | 'matching';

export interface Interaction {
  id: string;
  type: InteractionType;
  /** cmi.interactions.n.correct_responses.0.pattern */
  pattern: string;
  /** cmi.interactions.n.student_response ('' when unanswered) */
  response: string;
  result: 'correct' | 'wrong';
  /** Milliseconds the question was on screen. */
  latencyMs: number;
}

/** 1.2 response identifiers are single characters, 0-9 or a-z: choices and items are a, b, c… by canonical index. */
const ID_CHARS = 'abcdefghijklmnopqrstuvwxyz';
const charOf = (i: number) => ID_CHARS[i] ?? '?';
/** Left items of a matching question are 1, 2, 3… (source), right items a, b, c… (target). */
const sourceOf = (i: number) => String(i + 1);

/** CMIIdentifier: no spaces, at most 255 characters. */
const IDENTIFIER = /^[^\s]{1,255}$/;

/** What SCORM 1.2 cannot carry about a question. */
export function interactionProblems(q: RuntimeQuestion): ExportProblem[] {
  const problems: ExportProblem[] = [];
  if (!IDENTIFIER.test(q.id)) problems.push({ item: q.id, field: 'id', expected: 'an id without spaces, at most 255 characters (SCORM 1.2 CMIIdentifier)', found: JSON.stringify(q.id) });
  const count = q.type === 'single-choice' || q.type === 'multiple-select' ? q.choices.length : q.type === 'ordering' ? q.items.length : q.type === 'matching' ? q.left.length : 0;
  if (count > ID_CHARS.length) problems.push({ item: q.id, field: 'choices', expected: `at most ${ID_CHARS.length} choices or items (SCORM 1.2 names each by one letter)`, found: `${count}` });
  if (q.type === 'matching' && q.left.length > 9) problems.push({ item: q.id, field: 'pairs', expected: 'at most 9 pairs (SCORM 1.2 names each left item by one digit)', found: `${q.left.length}` });
  return problems;
}

export function interactionType(q: RuntimeQuestion): InteractionType {
  switch (q.type) {
    case 'true-false':
      return 'true-false';
    case 'single-choice':
    case 'multiple-select':
      return 'choice';
    case 'numeric':
      return 'numeric';
    case 'ordering':
      return 'sequencing';
    case 'matching':
      return 'matching';
  }
}

/** The correct response pattern: the key the build validated, in 1.2 notation. */
export function correctPattern(q: RuntimeQuestion): string {
  switch (q.type) {
    case 'true-false':
      return q.correct ? 't' : 'f';
    case 'single-choice':
      return charOf(q.correct);
    case 'multiple-select':
      return q.correct.map(charOf).join(',');
    case 'numeric':
      return String(q.correct);
    case 'ordering':
      return q.items.map((_, i) => charOf(i)).join(',');
    case 'matching':
      return q.left.map((_, i) => `${sourceOf(i)}.${charOf(i)}`).join(',');
  }
}

/** The student's response in 1.2 notation ('' when there is none). */
export function studentResponse(q: RuntimeQuestion, r: Response | undefined): string {
  if (!r || r.type !== q.type) return '';
  switch (r.type) {
    case 'true-false':
      return r.value ? 't' : 'f';
    case 'single-choice':
      return r.choice >= 0 ? charOf(r.choice) : '';
    case 'multiple-select':
      return [...r.choices].sort((a, b) => a - b).map(charOf).join(',');
    case 'numeric':
      return Number.isFinite(r.value) ? String(r.value) : '';
    case 'ordering':
      return r.order.map(charOf).join(',');
    case 'matching':
      return r.pairs.flatMap((right, left) => (right >= 0 ? [`${sourceOf(left)}.${charOf(right)}`] : [])).join(',');
  }
}

export function interactionOf(q: RuntimeQuestion, r: Response | undefined, latencyMs: number): Interaction {
  return { id: q.id, type: interactionType(q), pattern: correctPattern(q), response: studentResponse(q, r), result: isCorrect(q, r) ? 'correct' : 'wrong', latencyMs };
}

const two = (n: number) => String(n).padStart(2, '0');

/** CMITimespan, HHHH:MM:SS.SS (hours capped at 9999). */
export function timespan(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.min(9999, Math.floor(centis / 360000));
  const minutes = Math.floor(centis / 6000) % 60;
  const seconds = Math.floor(centis / 100) % 60;
  return `${String(hours).padStart(4, '0')}:${two(minutes)}:${two(seconds)}.${two(centis % 100)}`;
}

/** CMITime, the time of day HH:MM:SS (local time, as the LMS shows it to the teacher). */
export function timeOfDay(date: Date): string {
  return `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}

/** The score the LMS records: percent correct, rounded as the result screen rounds it. */
export function scorePercent(correct: number, total: number): number {
  return total === 0 ? 0 : Math.round((correct / total) * 100);
}

/** cmi.core.lesson_status after an attempt: against the pass mark, or "completed" when there is none. */
export function lessonStatus(percent: number, masteryScore: number | null): 'passed' | 'failed' | 'completed' {
  if (masteryScore === null) return 'completed';
  return percent >= masteryScore ? 'passed' : 'failed';
}
