// The SCORM 1.2 side of a packaged quiz: finds the LMS's API the standard way, starts the session, keeps the
// resume state in cmi.suspend_data, reports the score, the status against the pass mark and one interaction
// per question, and commits and finishes once on exit. Every LMS call is checked; a refused call never drops
// the student's answers (they stay in the page and are sent again) and is described in words for the page.
import type { Response, RuntimeQuestion } from '../quiz/types.ts';
import { interactionOf, lessonStatus, scorePercent, timeOfDay, timespan, type Interaction } from './scorm-interactions.ts';
import { SUSPEND_DATA_LIMIT } from './scorm-suspend-data.ts';

/** The SCORM 1.2 run-time API an LMS puts on a window as `API`. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
}

/** Just what the search needs from a window, so it can be tested without a browser. */
export interface ApiHost {
  API?: unknown;
  parent: ApiHost | null;
  opener?: ApiHost | null;
}

function isApi(v: unknown): v is Scorm12Api {
  const api = v as Partial<Record<keyof Scorm12Api, unknown>> | null | undefined;
  return !!api && (['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString'] as const).every((m) => typeof api[m] === 'function');
}

/** ADL's search: this window, then up to 7 parents; a window of another origin ends the climb. */
function climb(start: ApiHost): Scorm12Api | null {
  let win: ApiHost | null = start;
  for (let level = 0; win && level <= 7; level++) {
    try {
      if (isApi(win.API)) return win.API;
      const parent: ApiHost | null = win.parent;
      if (!parent || parent === win) return null;
      win = parent;
    } catch {
      return null; // a frame of another origin: its API is out of reach
    }
  }
  return null;
}

export function findScorm12Api(win: ApiHost): Scorm12Api | null {
  const found = climb(win);
  if (found) return found;
  try {
    return win.opener ? climb(win.opener) : null;
  } catch {
    return null;
  }
}

/** One refused or failed LMS call. */
export interface LmsFailure {
  call: string;
  element?: string;
  code: string;
  text: string;
}

export function describeFailure(f: LmsFailure): string {
  return `${f.call}${f.element ? `(${f.element})` : ''}: error ${f.code}${f.text ? ` (${f.text})` : ''}`;
}

/** The raw API with every call checked: results as values, never exceptions. */
export class Scorm12Connection {
  private readonly api: Scorm12Api;
  constructor(api: Scorm12Api) {
    this.api = api;
  }

  private failure(call: string, element?: string, thrown?: unknown): LmsFailure {
    if (thrown !== undefined) return { call, element, code: 'exception', text: String((thrown as Error)?.message ?? thrown) };
    let code = '';
    let text = '';
    try {
      code = String(this.api.LMSGetLastError());
      text = String(this.api.LMSGetErrorString(code));
    } catch {
      /* an LMS that cannot even say what went wrong */
    }
    return { call, element, code: code || 'unknown', text };
  }

  private run(call: string, element: string | undefined, f: () => string): LmsFailure | null {
    try {
      return String(f()) === 'true' ? null : this.failure(call, element);
    } catch (e) {
      return this.failure(call, element, e ?? 'error');
    }
  }

  initialize(): LmsFailure | null {
    return this.run('LMSInitialize', undefined, () => this.api.LMSInitialize(''));
  }

  get(element: string): string {
    try {
      const value = String(this.api.LMSGetValue(element) ?? '');
      return String(this.api.LMSGetLastError()) === '0' ? value : '';
    } catch {
      return '';
    }
  }

  set(element: string, value: string): LmsFailure | null {
    return this.run('LMSSetValue', element, () => this.api.LMSSetValue(element, value));
  }

  commit(): LmsFailure | null {
    return this.run('LMSCommit', undefined, () => this.api.LMSCommit(''));
  }

  finish(): LmsFailure | null {
    return this.run('LMSFinish', undefined, () => this.api.LMSFinish(''));
  }
}

/** What the page tells the student about the LMS. */
export type LmsStatus =
  | { kind: 'no-lms' }
  | { kind: 'not-started'; failure: LmsFailure }
  | { kind: 'connected' }
  | { kind: 'progress-not-saved'; failure: LmsFailure | null }
  | { kind: 'reported'; percent: number; status: 'passed' | 'failed' | 'completed' }
  | { kind: 'report-failed'; failure: LmsFailure }
  | { kind: 'finished' };

export function lmsMessage(s: LmsStatus): string {
  switch (s.kind) {
    case 'no-lms':
      return 'This quiz is not connected to an LMS here, so it runs as a normal quiz: your answers are saved in this browser, but your result is not reported to any gradebook.';
    case 'not-started':
      return `Your LMS did not start this session (${describeFailure(s.failure)}), so your result cannot be reported. You can still take the quiz; your answers are kept in this browser.`;
    case 'connected':
      return 'Connected to your LMS: your progress and result are saved there.';
    case 'progress-not-saved':
      return s.failure
        ? `Your LMS did not save your latest progress (${describeFailure(s.failure)}). Your answers are kept on this page and are sent again with your next answer; finish the quiz before you close it.`
        : `Your progress is longer than an LMS can keep (${SUSPEND_DATA_LIMIT} characters), so it is not saved there as you go. Your answers are kept on this page: finish the quiz before you close it.`;
    case 'reported':
      return `Your result was sent to your LMS: ${s.percent}%${s.status === 'completed' ? '' : `, ${s.status}`}.`;
    case 'report-failed':
      return `Your LMS did not accept your result (${describeFailure(s.failure)}). Your answers are kept on this page: try sending again, or tell your teacher.`;
    case 'finished':
      return 'Your session with the LMS is closed.';
  }
}

/** A finished attempt as the LMS records it. */
export interface QuizResult {
  /** Questions in the order they were shown. */
  questions: RuntimeQuestion[];
  answers: Record<string, Response>;
  /** Milliseconds each question was on screen, by id. */
  latencies: Record<string, number>;
  finishedAt: number;
  /** The resume state of the finished attempt, so a relaunch shows the result. */
  suspendData: string;
}

export interface ReporterOptions {
  /** The package's pass mark; an LMS that sets cmi.student_data.mastery_score overrides it. */
  masteryScore: number | null;
  onStatus(status: LmsStatus): void;
  now?: () => number;
}

/** One SCO session: start, save progress, report results, exit. */
export class ScormQuizReporter {
  private readonly now: () => number;
  private startedAt = 0;
  private mastery: number | null;
  private nextInteraction = 0;
  private lastSaved = '';
  private pending: { result: QuizResult; base: number } | null = null;
  private finishedAttempt = false;
  private closed = false;
  /** The last save failed: the next one that succeeds says so. */
  private troubled = false;

  private readonly lms: Scorm12Connection;
  private readonly options: ReporterOptions;

  constructor(lms: Scorm12Connection, options: ReporterOptions) {
    this.lms = lms;
    this.options = options;
    this.now = options.now ?? Date.now;
    this.mastery = options.masteryScore;
  }

  get masteryScore(): number | null {
    return this.mastery;
  }

  /** LMSInitialize, then what the LMS remembers: resume state and pass mark. Null when the LMS refused to start. */
  start(): { suspendData: string } | null {
    const failure = this.lms.initialize();
    if (failure) {
      this.closed = true;
      this.options.onStatus({ kind: 'not-started', failure });
      return null;
    }
    this.startedAt = this.now();
    const lmsMastery = this.lms.get('cmi.student_data.mastery_score').trim();
    if (/^\d+(\.\d+)?$/.test(lmsMastery) && Number(lmsMastery) <= 100) this.mastery = Number(lmsMastery);
    const count = Number(this.lms.get('cmi.interactions._count'));
    this.nextInteraction = Number.isInteger(count) && count > 0 ? count : 0;
    const status = this.lms.get('cmi.core.lesson_status');
    if (status === '' || status === 'not attempted') this.lms.set('cmi.core.lesson_status', 'incomplete');
    const suspendData = this.lms.get('cmi.suspend_data');
    this.lastSaved = suspendData;
    this.options.onStatus({ kind: 'connected' });
    return { suspendData };
  }

  /** Keeps the resume state in the LMS; commits when asked (a question checked or left, not every keystroke). */
  saveState(suspendData: string, commit: boolean, finished = false): void {
    if (this.closed) return;
    this.finishedAttempt = finished;
    if (suspendData.length > SUSPEND_DATA_LIMIT) return this.trouble(null);
    if (suspendData !== this.lastSaved) {
      const failure = this.lms.set('cmi.suspend_data', suspendData);
      if (failure) return this.trouble(failure);
      this.lastSaved = suspendData;
    }
    if (commit) {
      const failure = this.lms.commit();
      if (failure) return this.trouble(failure);
    }
    if (this.troubled && !this.pending) {
      this.troubled = false;
      this.options.onStatus({ kind: 'connected' });
    }
  }

  private trouble(failure: LmsFailure | null): void {
    this.troubled = true;
    // A result waiting to be sent says more (and offers to send it again) than a progress save does.
    if (!this.pending) this.options.onStatus({ kind: 'progress-not-saved', failure });
  }

  /** Score, status and one interaction per question, then the finished state, then a commit. */
  reportResult(result: QuizResult): boolean {
    if (this.closed) return false;
    // A retry rewrites the same interaction records instead of adding new ones.
    const base = this.pending?.result === result ? this.pending.base : this.nextInteraction;
    this.pending = { result, base };
    this.nextInteraction = base + result.questions.length;
    this.finishedAttempt = true;
    const correct = result.questions.filter((q) => interactionOf(q, result.answers[q.id], 0).result === 'correct').length;
    const percent = scorePercent(correct, result.questions.length);
    const status = lessonStatus(percent, this.mastery);
    const failures: LmsFailure[] = [];
    const set = (element: string, value: string) => {
      const f = this.lms.set(element, value);
      if (f) failures.push(f);
      return f === null;
    };
    set('cmi.core.score.min', '0');
    set('cmi.core.score.max', '100');
    set('cmi.core.score.raw', String(percent));
    set('cmi.core.lesson_status', status);
    const time = timeOfDay(new Date(result.finishedAt));
    result.questions.forEach((q, i) => {
      const n = `cmi.interactions.${base + i}`;
      const it: Interaction = interactionOf(q, result.answers[q.id], result.latencies[q.id] ?? 0);
      // The id must exist before anything else is written to record n.
      if (!set(`${n}.id`, it.id)) return;
      set(`${n}.type`, it.type);
      set(`${n}.time`, time);
      set(`${n}.weighting`, '1');
      set(`${n}.correct_responses.0.pattern`, it.pattern);
      if (it.response !== '') set(`${n}.student_response`, it.response);
      set(`${n}.result`, it.result);
      set(`${n}.latency`, timespan(it.latencyMs));
    });
    if (result.suspendData !== '' && result.suspendData.length <= SUSPEND_DATA_LIMIT && set('cmi.suspend_data', result.suspendData)) this.lastSaved = result.suspendData;
    const commitFailure = this.lms.commit();
    if (commitFailure) failures.push(commitFailure);
    if (failures.length > 0) {
      this.options.onStatus({ kind: 'report-failed', failure: failures[0]! });
      return false;
    }
    this.pending = null;
    this.options.onStatus({ kind: 'reported', percent, status });
    return true;
  }

  /** Whether a result is still waiting to be accepted by the LMS. */
  get hasPendingResult(): boolean {
    return this.pending !== null;
  }

  retry(): boolean {
    return this.pending ? this.reportResult(this.pending.result) : true;
  }

  /** On leaving the page: session time, exit mode (suspend while unfinished), commit, LMSFinish. Once only. */
  exit(): void {
    if (this.closed) return;
    if (this.pending) this.retry();
    this.lms.set('cmi.core.session_time', timespan(this.now() - this.startedAt));
    this.lms.set('cmi.core.exit', this.finishedAttempt ? '' : 'suspend');
    this.lms.commit();
    this.lms.finish();
    this.closed = true;
    this.options.onStatus({ kind: 'finished' });
  }
}
