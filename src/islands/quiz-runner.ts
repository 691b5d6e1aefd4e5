/**
 * <quiz-runner>: runs a quiz in the browser, one question at a time, saving every answer as it is given.
 *
 *   <quiz-runner data-key="astana-process" data-feedback="immediate|end" data-shuffle="true|false" data-seed="…"
 *                data-review-href data-progress-href data-next-lesson-href data-next-lesson-title
 *                data-next-quiz-href data-next-quiz-title>
 *     <script type="application/json" data-questions>RuntimeQuestion[]</script>
 *     <div class="quiz-screen">…every question, rendered at build time (src/quiz/question-view.ts)…</div>
 *   </quiz-runner>
 *
 * A quiz page renders its questions at build time in the order of the page's seed (`data-seed`). A new attempt on
 * that page uses the same seed, so its first question is already on screen: the runner takes it over in place
 * (nothing is hidden or redrawn, and the page is complete at first paint) and removes the others. "Start again"
 * and "Retry the missed ones" draw a fresh seed. Without a rendered screen (assignments, review) it draws its own.
 *
 * `data-key` names the progress record (a quiz id, or an assignment's key), so other pages can run any list of
 * questions with their own settings. An assignment sets `data-assignment`: a finished attempt is shown again
 * after a reload (its result code depends on it), and there is no "retry the missed ones", whose partial
 * attempt would replace the full one. The `data-…-href` links lead on from the result screen.
 *
 * Every word it shows comes from the page's strings (`islands.quiz`, in the page's language); a question not yet
 * translated keeps `lang="en"` on its own words.
 *
 * Events (all bubbling): `attempt-started` for each new attempt; `question-checked` with detail { id, correct } for
 * each checked answer (the review page moves cards with it); `quiz-finished` with detail
 * { key, attempt, correct, total, missed } when an attempt ends.
 */
import { $storageNotice, finishAttempt, quizRecord, saveAnswer, saveCurrent, startAttempt } from '../stores/progress.ts';
import type { Attempt } from '../stores/progress-format.ts';
import { isComplete, isCorrect, parseNumericInput } from '../quiz/checking.ts';
import { keyText } from '../quiz/key-text.ts';
import { answerViews, choiceOrder, questionOrder, questionSection, viewToDom, type QuestionWords } from '../quiz/question-view.ts';
import { newSeed } from '../quiz/shuffle.ts';
import type { Response, RuntimeQuestion } from '../quiz/types.ts';
import { h } from './dom.ts';
import { fill, strings } from './strings.ts';
import { countIn } from './count.ts';
import { linked } from './linked-text.ts';

/** The runner's words, in the page's language (sent by the page; see src/i18n/messages/en.ts `islands.quiz`). */
const t = () => strings('quiz');
const text = (): QuestionWords => ({ words: t(), pageLang: document.documentElement.lang || 'en' });

interface FinishedDetail {
  key: string;
  attempt: Attempt;
  correct: number;
  total: number;
  missed: string[];
}

export class QuizRunner extends HTMLElement {
  private questions = new Map<string, RuntimeQuestion>();
  private key = '';
  private shuffle = true;
  private assignment = false;
  private feedback: Attempt['feedback'] = 'immediate';
  /** The seed the page rendered its questions with, if it rendered them. */
  private pageSeed: number | null = null;
  private screen!: HTMLElement;
  private live!: HTMLElement;
  private unbind: (() => void) | undefined;

  connectedCallback(): void {
    let list: RuntimeQuestion[] = [];
    try {
      list = JSON.parse(this.querySelector('script[data-questions]')?.textContent ?? '[]') as RuntimeQuestion[];
    } catch {
      return; // leave the questions as rendered, each with its "Show answer"
    }
    if (list.length === 0) return;
    this.questions = new Map(list.map((q) => [q.id, q]));
    this.key = this.dataset.key ?? 'quiz';
    this.shuffle = this.dataset.shuffle !== 'false';
    this.feedback = this.dataset.feedback === 'end' ? 'end' : 'immediate';
    this.assignment = this.dataset.assignment !== undefined;
    const rendered = this.querySelector<HTMLElement>(':scope > .quiz-screen');
    this.pageSeed = rendered && this.dataset.seed ? Number(this.dataset.seed) : null;
    this.screen = rendered ?? this.appendChild(h('div', { class: 'quiz-screen' }));

    const notice = h('p', { class: 'notice', role: 'status', hidden: true });
    this.unbind = $storageNotice.subscribe((code) => {
      notice.textContent = code ? strings('storage')[code] : '';
      notice.hidden = !code;
    });
    this.live = h('div', { class: 'visually-hidden', 'aria-live': 'polite' });
    this.insertBefore(notice, this.screen);
    this.append(this.live);

    const { current, last } = quizRecord(this.key);
    if (current && current.questionIds.every((id) => this.questions.has(id))) {
      this.say(t().restored);
      this.showQuestion(current);
    } else if (this.assignment && last && last.questionIds.every((id) => this.questions.has(id))) {
      this.showSummary(false);
      this.dispatchEvent(new CustomEvent('quiz-finished', { bubbles: true, detail: this.finishedDetail(last) }));
    } else this.begin([...this.questions.keys()], this.pageSeed ?? newSeed());
  }

  disconnectedCallback(): void {
    this.unbind?.();
  }

  private say(text: string): void {
    this.live.textContent = text;
  }

  private attempt(): Attempt {
    return quizRecord(this.key).current!;
  }

  /** Starts a new attempt over the given questions (a fresh seed unless given). */
  begin(ids: string[], seed = newSeed()): void {
    const attempt: Attempt = {
      seed,
      questionIds: questionOrder(ids, seed, this.shuffle),
      answers: {},
      checked: [],
      position: 0,
      feedback: this.feedback,
      startedAt: Date.now(),
      finishedAt: null,
    };
    startAttempt(this.key, attempt);
    this.dispatchEvent(new CustomEvent('attempt-started', { bubbles: true }));
    this.showQuestion(attempt);
  }

  /** The page's own rendering of the question, when it is exactly what this attempt shows now. */
  private renderedSection(id: string, attempt: Attempt): HTMLElement | null {
    if (attempt.position !== 0 || attempt.seed !== this.pageSeed || attempt.answers[id]) return null;
    const section = [...this.screen.querySelectorAll<HTMLElement>(':scope > section.quiz-question')].find((s) => s.dataset.question === id);
    if (!section) return null;
    section.querySelector('details.static-answer')?.remove();
    return section;
  }

  private showQuestion(attempt: Attempt, focus = false): void {
    const id = attempt.questionIds[attempt.position]!;
    const q = this.questions.get(id)!;
    const saved = attempt.answers[id];
    const total = attempt.questionIds.length;
    const last = attempt.position === total - 1;
    const section = this.renderedSection(id, attempt) ?? viewToDom(questionSection(q, attempt.position, total, choiceOrder(q, attempt.seed, this.shuffle), saved, true, text()));
    for (const child of [...this.screen.children]) if (child !== section) child.remove();
    if (!section.isConnected) this.screen.append(section);

    const message = h('p', { class: 'hint', role: 'alert' });
    const feedbackBox = h('div', { class: 'feedback' });
    const action = h('button', { type: 'button' });
    const fieldset = section.querySelector('fieldset')!;
    const view = bindQuestion(fieldset, q, {
      changed: () => {
        const r = view.read();
        if (r) saveAnswer(this.key, id, r);
      },
      say: (text) => this.say(text),
      submit: () => action.click(),
    });

    const goNext = () => {
      if (last) return this.finish();
      saveCurrent(this.key, (a) => ({ ...a, position: a.position + 1 }));
      this.showQuestion(this.attempt(), true);
    };
    const answered = (): Response | undefined => {
      const r = view.read();
      if (!isComplete(q, r)) {
        message.textContent = t().answerFirst;
        return undefined;
      }
      message.textContent = '';
      saveAnswer(this.key, id, r!);
      return r;
    };
    // Feedback comes first, and "Next" below it.
    const showChecked = (r: Response | undefined) => {
      this.renderFeedback(feedbackBox, q, r);
      markAnswer(fieldset, q, r);
      lock(fieldset);
      action.textContent = last ? t().seeResults : t().next;
      action.onclick = goNext;
    };

    if (attempt.feedback === 'immediate') {
      if (attempt.checked.includes(id)) showChecked(saved);
      else {
        action.textContent = t().check;
        action.onclick = () => {
          const r = answered();
          if (!r) return;
          saveCurrent(this.key, (a) => ({ ...a, checked: [...a.checked, id] }));
          this.dispatchEvent(new CustomEvent('question-checked', { bubbles: true, detail: { id, correct: isCorrect(q, r) } }));
          showChecked(r);
          feedbackBox.querySelector<HTMLElement>('h3')?.focus();
        };
      }
    } else {
      action.textContent = last ? t().finish : t().next;
      action.onclick = () => {
        if (answered()) goNext();
      };
    }

    const back =
      attempt.position > 0 && attempt.feedback === 'end'
        ? h('button', { type: 'button', class: 'secondary', onclick: () => { saveCurrent(this.key, (a) => ({ ...a, position: a.position - 1 })); this.showQuestion(this.attempt(), true); } }, t().previous)
        : null;
    section.append(message, feedbackBox, h('div', { class: 'actions' }, back, action));
    if (focus) section.querySelector<HTMLElement>('.q-count')?.focus();
  }

  private renderFeedback(box: HTMLElement, q: RuntimeQuestion, r: Response | undefined): void {
    const right = isCorrect(q, r);
    box.replaceChildren(h('h3', { tabindex: -1 }, right ? t().right : t().wrong), ...answerViews(q, !right, text()).map(viewToDom));
    box.className = `feedback ${right ? 'right' : 'wrong'}`;
    setLang(box, q);
    this.say(right ? t().saidRight : t().saidWrong);
  }

  private finish(): void {
    const attempt = this.attempt();
    const missed = attempt.questionIds.filter((id) => !isCorrect(this.questions.get(id)!, attempt.answers[id]));
    finishAttempt(this.key, attempt.questionIds.length - missed.length, missed);
    this.showSummary();
    this.dispatchEvent(new CustomEvent('quiz-finished', { bubbles: true, detail: this.finishedDetail(quizRecord(this.key).last!) }));
  }

  private finishedDetail(attempt: Attempt): FinishedDetail {
    const missed = attempt.questionIds.filter((id) => !isCorrect(this.questions.get(id)!, attempt.answers[id]));
    return { key: this.key, attempt, correct: attempt.questionIds.length - missed.length, total: attempt.questionIds.length, missed };
  }

  /** The result screen: the score, then where to go next — the missed ones again, the review list, the next lesson. */
  showSummary(focus = true): void {
    const record = quizRecord(this.key);
    const attempt = record.last;
    if (!attempt) return this.begin([...this.questions.keys()]);
    const ids = attempt.questionIds;
    const missed = ids.filter((id) => !isCorrect(this.questions.get(id)!, attempt.answers[id]));
    const correct = ids.length - missed.length;
    const w = t();
    const heading = h('h2', { tabindex: -1 }, w.resultHeading);
    const answers = h('ol', { class: 'review-list', id: `${this.key.replace(/[^a-z0-9-]/gi, '-')}-answers`, hidden: true }, ...ids.map((id) => setLang(h('li', {}, ...answerNodes(this.questions.get(id)!, attempt.answers[id])), this.questions.get(id)!)));
    const toggle = h('button', { type: 'button', class: 'secondary', 'aria-expanded': 'false', 'aria-controls': answers.id }, w.reviewAnswers);
    toggle.addEventListener('click', () => {
      answers.hidden = !answers.hidden;
      toggle.setAttribute('aria-expanded', String(!answers.hidden));
    });
    const review = this.dataset.reviewHref;
    this.screen.replaceChildren(
      h(
        'section',
        { class: 'quiz-result' },
        heading,
        h('p', { class: 'score' }, h('strong', {}, fill(w.score, { correct, total: ids.length })), fill(w.scoreRest, { percent: Math.round((correct / ids.length) * 100) })),
        record.best ? h('p', { class: 'meta' }, fill(w.best, { correct: record.best.correct, total: record.best.total })) : null,
        missed.length === 0
          ? h('p', {}, w.allRight)
          : review
            ? h('p', {}, ...linked(w.missedToReviewList, { review }))
            : h('p', {}, w.missedToReview),
        h(
          'div',
          { class: 'actions' },
          missed.length > 0 && !this.assignment ? h('button', { type: 'button', onclick: () => this.begin(missed) }, countIn(w.retryMissed, missed.length)) : null,
          toggle,
          h('button', { type: 'button', class: 'secondary', onclick: () => this.begin([...this.questions.keys()]) }, w.startAgain),
        ),
        answers,
        this.nextSteps(),
      ),
    );
    if (focus) heading.focus();
  }

  /** Links from the result screen, as far as the page gave them. */
  private nextSteps(): HTMLElement | null {
    const d = this.dataset;
    const w = t();
    const line = (template: string, vars: Record<string, string>, hrefs: Record<string, string>) => h('li', {}, ...linked(fill(template, vars), hrefs));
    const items = [
      d.nextLessonHref
        ? d.nextQuizHref
          ? line(w.nextLessonAndQuiz, { lesson: d.nextLessonTitle ?? '' }, { lesson: d.nextLessonHref, quiz: d.nextQuizHref })
          : line(w.nextLesson, { lesson: d.nextLessonTitle ?? '' }, { lesson: d.nextLessonHref })
        : d.nextQuizHref
          ? line(w.nextQuiz, { quiz: d.nextQuizTitle ?? '' }, { quiz: d.nextQuizHref })
          : null,
      d.reviewHref ? line(w.toReview, {}, { review: d.reviewHref }) : null,
      d.progressHref ? line(w.toProgress, {}, { progress: d.progressHref }) : null,
    ].filter((li) => li !== null);
    if (items.length === 0) return null;
    return h('nav', { class: 'next-steps', 'aria-label': w.whatNext }, h('h3', {}, w.whatNext), h('ul', {}, ...items));
  }
}

/** Behaviour of a question's inputs, rendered at build time or in the browser alike: answers are read from the page. */
function bindQuestion(fieldset: HTMLFieldSetElement, q: RuntimeQuestion, on: { changed: () => void; say: (text: string) => void; submit: () => void }): { read(): Response | undefined } {
  fieldset.addEventListener('change', on.changed);
  const inputs = () => [...fieldset.querySelectorAll<HTMLInputElement>('input')];
  switch (q.type) {
    case 'single-choice':
    case 'multiple-select': {
      const values = () => inputs().filter((i) => i.checked).map((i) => Number(i.value));
      return { read: () => (q.type === 'multiple-select' ? { type: 'multiple-select', choices: values() } : values().length ? { type: 'single-choice', choice: values()[0]! } : undefined) };
    }
    case 'true-false':
      return { read: () => { const el = inputs().find((i) => i.checked); return el ? { type: 'true-false', value: el.value === 'true' } : undefined; } };
    case 'numeric': {
      const input = inputs()[0]!;
      input.addEventListener('input', on.changed);
      input.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') on.submit();
      });
      return { read: () => { const v = parseNumericInput(input.value); return v === null ? undefined : { type: 'numeric', value: v }; } };
    }
    case 'ordering': {
      const list = fieldset.querySelector<HTMLOListElement>('.ordering-list')!;
      const items = () => [...list.querySelectorAll<HTMLLIElement>(':scope > li')];
      renumber(list);
      list.addEventListener('click', (e) => {
        const button = (e.target as Element).closest<HTMLButtonElement>('button[data-dir]');
        if (!button || button.disabled) return;
        const li = button.closest('li')!;
        const all = items();
        const from = all.indexOf(li);
        const to = from + (button.dataset.dir === 'up' ? -1 : 1);
        if (to < 0 || to >= all.length) return;
        if (to < from) list.insertBefore(li, all[to]!);
        else list.insertBefore(all[to]!, li);
        renumber(list);
        (button.disabled ? li.querySelector<HTMLButtonElement>('button:not([disabled])') : button)?.focus();
        on.say(fill(t().moved, { item: li.querySelector('.item-text')?.textContent ?? '', n: to + 1, total: all.length }));
        on.changed();
      });
      return { read: () => ({ type: 'ordering', order: items().map((li) => Number(li.dataset.item)) }) };
    }
    case 'matching': {
      const selects = [...fieldset.querySelectorAll<HTMLSelectElement>('select')];
      return { read: () => ({ type: 'matching', pairs: selects.map((s) => Number(s.value)) }) };
    }
  }
}

/** Shows each ordering item's position, and which move buttons can be used. */
function renumber(list: HTMLOListElement): void {
  const all = [...list.querySelectorAll<HTMLLIElement>(':scope > li')];
  all.forEach((li, pos) => {
    li.querySelector('.pos')!.textContent = `${pos + 1}`;
    li.querySelector<HTMLButtonElement>('button[data-dir="up"]')!.disabled = pos === 0;
    li.querySelector<HTMLButtonElement>('button[data-dir="down"]')!.disabled = pos === all.length - 1;
  });
}

function lock(el: HTMLElement): void {
  for (const control of el.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('input, select, button')) control.disabled = true;
}

/** After a check, marks the right answer and the student's own in words as well as colour. */
function markAnswer(fieldset: HTMLFieldSetElement, q: RuntimeQuestion, r: Response | undefined): void {
  const w = t();
  // The marks are the page's words, inside a question that may still be in English.
  const pageLang = document.documentElement.lang;
  const mark = (host: Element, right: boolean, text: string) => {
    host.classList.add(right ? 'marked-right' : 'marked-wrong');
    host.append(h('span', { class: 'mark', lang: q.lang ? pageLang : undefined }, text));
  };
  switch (q.type) {
    case 'single-choice':
    case 'multiple-select':
    case 'true-false':
      for (const label of fieldset.querySelectorAll('label.option')) {
        const input = label.querySelector('input')!;
        const key = q.type === 'true-false' ? (input.value === 'true') === q.correct : q.type === 'single-choice' ? Number(input.value) === q.correct : q.correct.includes(Number(input.value));
        if (key) mark(label, true, input.checked ? w.markYoursRight : w.markKey);
        else if (input.checked) mark(label, false, w.markYoursWrong);
      }
      return;
    case 'numeric': {
      const right = isCorrect(q, r);
      mark(fieldset.querySelector('.numeric')!, right, right ? w.markRight : fill(w.markAnswer, { answer: keyText(q, w) }));
      return;
    }
    case 'ordering':
      fieldset.querySelectorAll<HTMLLIElement>('.ordering-list > li').forEach((li, pos) => {
        const item = Number(li.dataset.item);
        mark(li, item === pos, item === pos ? '✓' : fill(w.markPosition, { n: item + 1 }));
      });
      return;
    case 'matching':
      fieldset.querySelectorAll<HTMLElement>('.match-row').forEach((row) => {
        const left = Number(row.dataset.left);
        const chosen = Number(row.querySelector('select')!.value);
        mark(row, chosen === left, chosen === left ? w.markRight : fill(w.markAnswer, { answer: q.right[left]! }));
      });
      return;
  }
}

/** A question not yet translated keeps its own language (English) on everything that shows its words. */
function setLang<T extends HTMLElement>(el: T, q: RuntimeQuestion): T {
  if (q.lang) el.lang = q.lang;
  else el.removeAttribute('lang');
  return el;
}

/** What the student wrote, as text. */
function answerText(q: RuntimeQuestion, r: Response | undefined): string {
  const w = t();
  if (!r || r.type !== q.type) return w.noAnswer;
  switch (r.type) {
    case 'single-choice':
      return q.type === 'single-choice' ? (q.choices[r.choice] ?? '?') : '?';
    case 'multiple-select':
      return q.type === 'multiple-select' ? r.choices.map((i) => q.choices[i]).join('; ') || w.nothingSelected : '?';
    case 'true-false':
      return r.value ? w.true : w.false;
    case 'numeric':
      return String(r.value);
    case 'ordering':
      return q.type === 'ordering' ? r.order.map((i, pos) => `${pos + 1}. ${q.items[i]}`).join(' → ') : '?';
    case 'matching':
      return q.type === 'matching' ? r.pairs.map((p, i) => `${q.left[i]} — ${q.right[p] ?? '?'}`).join('; ') : '?';
  }
}

/** One question in the list of answers on the result screen. */
function answerNodes(q: RuntimeQuestion, r: Response | undefined): Node[] {
  const right = isCorrect(q, r);
  return [
    h('p', { class: 'prompt' }, q.prompt),
    h('p', { class: right ? 'right' : 'wrong' }, right ? '✓ ' : '✗ ', t().yourAnswer, answerText(q, r)),
    ...answerViews(q, !right, text()).map(viewToDom),
  ];
}

customElements.define('quiz-runner', QuizRunner);
