/**
 * The launch page of a SCORM package (index.html inside the zip): runs the course's own <quiz-runner> over the
 * questions in <script id="quiz-package">, and connects it to the LMS through src/export/scorm-runtime.ts. The
 * runner is not told about SCORM: this module follows the attempt through the progress store (every answer,
 * every move, mirrored into cmi.suspend_data) and the runner's `quiz-finished` event (the score). Without an LMS
 * the quiz runs as on the site and the page says its result is not reported. Bundled by the build into quiz.js.
 */
import type { PackageData } from '../export/scorm-package.ts';
import { findScorm12Api, lmsMessage, Scorm12Connection, ScormQuizReporter, type LmsStatus } from '../export/scorm-runtime.ts';
import { decodeResumeState, encodeResumeState, RESUME_MESSAGES, type ResumeState } from '../export/scorm-suspend-data.ts';
import { isCorrect } from '../quiz/checking.ts';
import { $progress, finishAttempt, keepProgressInMemory, quizRecord, startAttempt } from '../stores/progress.ts';
import type { Attempt } from '../stores/progress-format.ts';
import { h } from './dom.ts';
import './quiz-runner.ts';

function readPackage(): PackageData | null {
  try {
    return JSON.parse(document.getElementById('quiz-package')?.textContent ?? '') as PackageData;
  } catch {
    return null;
  }
}

function start(): void {
  const data = readPackage();
  const statusBox = document.querySelector<HTMLElement>('[data-lms-status]');
  const slot = document.querySelector<HTMLElement>('[data-quiz-slot]');
  if (!data || !statusBox || !slot) return;
  const byId = new Map(data.questions.map((q) => [q.id, q]));
  const notes: string[] = [];
  let reporter: ScormQuizReporter | null = null;

  const show = (status: LmsStatus) => {
    const text = [lmsMessage(status), ...notes].join(' ');
    const retry =
      status.kind === 'report-failed'
        ? h('button', { type: 'button', class: 'secondary', onclick: () => reporter?.retry() }, 'Send my result again')
        : null;
    statusBox.replaceChildren(h('span', {}, text), ...(retry ? [' ', retry] : []));
    statusBox.classList.toggle('problem', ['not-started', 'progress-not-saved', 'report-failed'].includes(status.kind));
    statusBox.hidden = false;
  };

  const api = findScorm12Api(window as unknown as Parameters<typeof findScorm12Api>[0]);
  let resumed: ResumeState | null = null;
  if (api) {
    reporter = new ScormQuizReporter(new Scorm12Connection(api), { masteryScore: data.masteryScore, onStatus: show });
    const started = reporter.start();
    if (started) {
      // From here the LMS, not this computer's browser storage, keeps the attempt.
      keepProgressInMemory();
      const decoded = decodeResumeState(started.suspendData, data.questions);
      if (decoded.ok) resumed = decoded.state;
      else if (decoded.problem !== 'empty') {
        notes.push(RESUME_MESSAGES[decoded.problem]);
        show({ kind: 'connected' });
      }
    } else reporter = null;
  } else show({ kind: 'no-lms' });

  // A finished attempt read back from the LMS was reported when it finished: it is shown, not sent again.
  let reportedFinish: number | null = null;
  if (resumed) {
    const { attempt } = resumed;
    startAttempt(data.key, { ...attempt, finishedAt: null });
    if (attempt.finishedAt !== null) {
      const missed = attempt.questionIds.filter((id) => !isCorrect(byId.get(id)!, attempt.answers[id]));
      finishAttempt(data.key, attempt.questionIds.length - missed.length, missed, attempt.finishedAt);
      reportedFinish = quizRecord(data.key).last?.finishedAt ?? null;
    }
  }

  const runner = document.createElement('quiz-runner');
  runner.dataset.key = data.key;
  runner.dataset.feedback = data.feedback;
  runner.dataset.shuffle = String(data.shuffle);
  // As for an assignment: a finished attempt is shown again after a relaunch, and there is no "retry the
  // missed ones", whose partial attempt would replace the full score in the gradebook.
  runner.dataset.assignment = '';
  const questions = h('script', { type: 'application/json', 'data-questions': true });
  questions.textContent = JSON.stringify(data.questions);
  runner.append(questions);

  if (reporter) follow(reporter, data, byId, resumed, reportedFinish, runner);
  slot.append(runner);
}

/** Mirrors the attempt into the LMS as it changes, reports it when it finishes, and closes the session on exit. */
function follow(reporter: ScormQuizReporter, data: PackageData, byId: Map<string, PackageData['questions'][number]>, resumed: ResumeState | null, reportedFinish: number | null, runner: HTMLElement): void {
  let latencies: Record<string, number> = { ...(resumed?.latencies ?? {}) };
  let attemptStart = resumed?.attempt.startedAt ?? null;
  let onScreen: { id: string; since: number } | null = null;
  let lastMove = '';

  /** Time on screen so far, including the question showing now. */
  const timesNow = (now: number) => (onScreen ? { ...latencies, [onScreen.id]: (latencies[onScreen.id] ?? 0) + now - onScreen.since } : latencies);

  const encode = (attempt: Attempt, now: number) => {
    try {
      return encodeResumeState({ attempt, latencies: timesNow(now) }, data.questions);
    } catch {
      return null;
    }
  };

  $progress.subscribe(() => {
    const { current, last } = quizRecord(data.key);
    const now = Date.now();
    const attempt = current ?? last;
    if (!attempt) return;
    if (attempt.startedAt !== attemptStart) {
      attemptStart = attempt.startedAt;
      latencies = {};
      onScreen = null;
    }
    const showing = current ? (current.questionIds[current.position] ?? null) : null;
    if (onScreen && onScreen.id !== showing) {
      latencies[onScreen.id] = (latencies[onScreen.id] ?? 0) + now - onScreen.since;
      onScreen = null;
    }
    if (showing && !onScreen) onScreen = { id: showing, since: now };
    const text = encode(attempt, now);
    if (text === null) return;
    // Commit when the student moves on or checks an answer, not on every keystroke of a draft.
    const move = current ? `${current.startedAt}:${current.position}:${current.checked.length}` : `done:${attempt.startedAt}`;
    reporter.saveState(text, move !== lastMove, current === null);
    lastMove = move;
  });

  runner.addEventListener('quiz-finished', (e) => {
    const { attempt } = (e as CustomEvent<{ attempt: Attempt }>).detail;
    if (attempt.finishedAt !== null && attempt.finishedAt === reportedFinish) return;
    const text = encode(attempt, Date.now());
    reporter.reportResult({
      questions: attempt.questionIds.map((id) => byId.get(id)!),
      answers: attempt.answers,
      latencies: { ...latencies },
      finishedAt: attempt.finishedAt ?? Date.now(),
      suspendData: text ?? '',
    });
  });

  // Leaving (closing the LMS frame, navigating away): commit and finish once. Hidden (a phone switching apps):
  // commit, since the page may never come back.
  addEventListener('pagehide', () => reporter.exit());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'hidden') return;
    const { current, last } = quizRecord(data.key);
    const attempt = current ?? last;
    const text = attempt ? encode(attempt, Date.now()) : null;
    if (text !== null) reporter.saveState(text, true, current === null);
  });
}

start();
