// The resume state a SCORM package keeps in cmi.suspend_data: the attempt in progress (or just finished) and the
// time spent on each question. SCORM 1.2 allows 4,096 characters (CMIString4096), so questions are named by
// their index in the package and the state is compact JSON; a fingerprint of the package's question ids makes a
// state saved by another version of the package recognisable instead of misread.
import type { Attempt } from '../stores/progress-format.ts';
import type { Response, RuntimeQuestion } from '../quiz/types.ts';
import { checkOf } from '../teach/packing.ts';
import type { ExportProblem } from './bank.ts';

export const SUSPEND_DATA_LIMIT = 4096;
export const SUSPEND_DATA_VERSION = 1;

export interface ResumeState {
  attempt: Attempt;
  /** Milliseconds each question has been on screen, by question id. */
  latencies: Record<string, number>;
}

/** On the wire: short keys, indices instead of ids, seconds instead of milliseconds. */
interface Wire {
  v: number;
  /** Fingerprint of the package's question ids. */
  k: string;
  s: number;
  /** Question indices in the order shown. */
  o: number[];
  p: number;
  /** Positions in `o` whose answer has been checked. */
  c: number[];
  /** Answer per position in `o` (null: none yet). */
  a: (number | number[] | null)[];
  f: 'i' | 'e';
  /** Started and finished, in seconds since 1970 (0: not finished). */
  t: number;
  d: number;
  /** Seconds on screen per position in `o`. */
  l: number[];
}

export function packageFingerprint(questions: readonly Pick<RuntimeQuestion, 'id'>[]): string {
  return checkOf(questions.map((q) => q.id).join(' '));
}

function answerValue(r: Response): number | number[] {
  switch (r.type) {
    case 'single-choice':
      return r.choice;
    case 'multiple-select':
      return r.choices;
    case 'true-false':
      return r.value ? 1 : 0;
    case 'numeric':
      return r.value;
    case 'ordering':
      return r.order;
    case 'matching':
      return r.pairs;
  }
}

const isInt = (v: unknown): v is number => Number.isInteger(v);
const isIntArray = (v: unknown): v is number[] => Array.isArray(v) && v.every(isInt);

function responseOf(q: RuntimeQuestion, v: unknown): Response | null {
  switch (q.type) {
    case 'single-choice':
      return isInt(v) && v >= 0 && v < q.choices.length ? { type: 'single-choice', choice: v } : null;
    case 'multiple-select':
      return isIntArray(v) && v.every((i) => i >= 0 && i < q.choices.length) ? { type: 'multiple-select', choices: v } : null;
    case 'true-false':
      return v === 0 || v === 1 ? { type: 'true-false', value: v === 1 } : null;
    case 'numeric':
      return typeof v === 'number' && Number.isFinite(v) ? { type: 'numeric', value: v } : null;
    case 'ordering':
      return isIntArray(v) && v.length === q.items.length && new Set(v).size === v.length && v.every((i) => i >= 0 && i < q.items.length) ? { type: 'ordering', order: v } : null;
    case 'matching':
      return isIntArray(v) && v.length === q.left.length && v.every((i) => i >= -1 && i < q.right.length) ? { type: 'matching', pairs: v } : null;
  }
}

/** The state as suspend_data text. Throws for an attempt over questions the package does not have. */
export function encodeResumeState(state: ResumeState, questions: readonly RuntimeQuestion[]): string {
  const index = new Map(questions.map((q, i) => [q.id, i]));
  const { attempt } = state;
  const o = attempt.questionIds.map((id) => {
    const i = index.get(id);
    if (i === undefined) throw new Error(`Question ${id} is not in this package.`);
    return i;
  });
  const wire: Wire = {
    v: SUSPEND_DATA_VERSION,
    k: packageFingerprint(questions),
    s: attempt.seed,
    o,
    p: attempt.position,
    c: attempt.checked.map((id) => attempt.questionIds.indexOf(id)).filter((i) => i >= 0),
    a: attempt.questionIds.map((id) => (attempt.answers[id] ? answerValue(attempt.answers[id]) : null)),
    f: attempt.feedback === 'end' ? 'e' : 'i',
    t: Math.floor(attempt.startedAt / 1000),
    d: attempt.finishedAt === null ? 0 : Math.floor(attempt.finishedAt / 1000),
    l: attempt.questionIds.map((id) => Math.round((state.latencies[id] ?? 0) / 1000)),
  };
  return JSON.stringify(wire);
}

export type ResumeProblem = 'empty' | 'unreadable' | 'newer' | 'other-package';

export const RESUME_MESSAGES: Record<Exclude<ResumeProblem, 'empty'>, string> = {
  unreadable: 'The progress your LMS kept for this quiz could not be read, so you start from the beginning.',
  newer: 'Your progress was saved by a newer version of this quiz package, so you start from the beginning here.',
  'other-package': 'Your saved progress belongs to another version of this quiz, whose questions have changed, so you start from the beginning.',
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads suspend_data back. Never throws: anything it cannot trust is a problem, and the quiz starts afresh. */
export function decodeResumeState(text: string, questions: readonly RuntimeQuestion[]): { ok: true; state: ResumeState } | { ok: false; problem: ResumeProblem } {
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  let w: unknown;
  try {
    w = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  if (!isObject(w) || !isInt(w.v)) return { ok: false, problem: 'unreadable' };
  if (w.v > SUSPEND_DATA_VERSION) return { ok: false, problem: 'newer' };
  if (w.k !== packageFingerprint(questions)) return { ok: false, problem: 'other-package' };
  const { s, o, p, c, a, f, t, d, l } = w;
  if (!isInt(s) || !isIntArray(o) || !isInt(p) || !isIntArray(c) || !Array.isArray(a) || (f !== 'i' && f !== 'e') || !isInt(t) || !isInt(d) || !isIntArray(l)) return { ok: false, problem: 'unreadable' };
  if (o.length === 0 || new Set(o).size !== o.length || !o.every((i) => i >= 0 && i < questions.length)) return { ok: false, problem: 'unreadable' };
  if (a.length !== o.length || l.length !== o.length || p < 0 || p >= o.length || !c.every((i) => i >= 0 && i < o.length)) return { ok: false, problem: 'unreadable' };
  const qs = o.map((i) => questions[i]!);
  const answers: Record<string, Response> = {};
  for (const [pos, q] of qs.entries()) {
    if (a[pos] === null) continue;
    const r = responseOf(q, a[pos]);
    if (!r) return { ok: false, problem: 'unreadable' };
    answers[q.id] = r;
  }
  const attempt: Attempt = {
    seed: s,
    questionIds: qs.map((q) => q.id),
    answers,
    checked: c.map((i) => qs[i]!.id),
    position: p,
    feedback: f === 'e' ? 'end' : 'immediate',
    startedAt: t * 1000,
    finishedAt: d === 0 ? null : d * 1000,
  };
  return { ok: true, state: { attempt, latencies: Object.fromEntries(qs.map((q, pos) => [q.id, l[pos]! * 1000])) } };
}

/** The longest answer each type can leave behind: numbers as long as the runner accepts (16 characters). */
function longestResponse(q: RuntimeQuestion): Response {
  switch (q.type) {
    case 'single-choice':
      return { type: 'single-choice', choice: q.choices.length - 1 };
    case 'multiple-select':
      return { type: 'multiple-select', choices: q.choices.map((_, i) => i).reverse() };
    case 'true-false':
      return { type: 'true-false', value: true };
    case 'numeric':
      return { type: 'numeric', value: -123456789.12345 };
    case 'ordering':
      return { type: 'ordering', order: q.items.map((_, i) => i).reverse() };
    case 'matching':
      return { type: 'matching', pairs: q.left.map((_, i) => q.right.length - 1 - i) };
  }
}

/** The longest suspend_data these questions can produce: every question answered and checked, long times. */
export function worstCaseLength(questions: readonly RuntimeQuestion[]): number {
  const ids = questions.map((q) => q.id);
  const attempt: Attempt = {
    seed: 4294967295,
    questionIds: ids,
    answers: Object.fromEntries(questions.map((q) => [q.id, longestResponse(q)])),
    checked: ids,
    position: ids.length - 1,
    feedback: 'immediate',
    startedAt: 9999999999999,
    finishedAt: 9999999999999,
  };
  return encodeResumeState({ attempt, latencies: Object.fromEntries(ids.map((id) => [id, 99999000])) }, questions).length;
}

/** A quiz whose resume state could outgrow SCORM 1.2's suspend_data cannot be packaged. */
export function suspendDataProblems(quizId: string, questions: readonly RuntimeQuestion[]): ExportProblem[] {
  const longest = worstCaseLength(questions);
  return longest <= SUSPEND_DATA_LIMIT ? [] : [{ item: quizId, field: 'questions', expected: `a resume state of at most ${SUSPEND_DATA_LIMIT} characters (SCORM 1.2 cmi.suspend_data)`, found: `up to ${longest} characters for ${questions.length} questions` }];
}
