/**
 * <quiz-runner>: runs a quiz in the browser, one question at a time, saving every answer as it is given.
 *
 *   <quiz-runner data-key="astana-process" data-feedback="immediate|end" data-shuffle="true|false">
 *     <script type="application/json" data-questions>RuntimeQuestion[]</script>
 *     …the static version of the quiz, shown without JavaScript and hidden once this starts…
 *   </quiz-runner>
 *
 * `data-key` names the progress record (a quiz id, or an assignment's key), so other pages can run any list of
 * questions with their own settings. An assignment sets `data-assignment`: a finished attempt is shown again
 * after a reload (its result code depends on it), and there is no "retry the missed ones", whose partial
 * attempt would replace the full one. When an attempt ends the element dispatches a bubbling `quiz-finished`
 * event with detail { key, attempt, correct, total, missed }; each checked answer dispatches `question-checked`
 * with detail { id, correct } (the review page uses it to move cards between boxes), and each new attempt
 * dispatches `attempt-started`.
 */
import { $storageNotice, finishAttempt, quizRecord, saveAnswer, saveCurrent, startAttempt } from '../stores/progress.ts';
import type { Attempt } from '../stores/progress-format.ts';
import { isComplete, isCorrect, parseNumericInput } from '../quiz/checking.ts';
import { displayOrder, newSeed, shuffled } from '../quiz/shuffle.ts';
import type { Response, RuntimeQuestion } from '../quiz/types.ts';
import { h } from './dom.ts';
import { keyText } from '../quiz/key-text.ts';
import { fill, strings } from './strings.ts';
import { countIn } from './count.ts';

/** The runner's words, in the page's language (sent by the page; see src/i18n/messages/en.ts `islands.quiz`). */
const t = () => strings('quiz');

interface QuestionView {
  el: HTMLElement;
  read(): Response | undefined;
}

export class QuizRunner extends HTMLElement {
  private questions = new Map<string, RuntimeQuestion>();
  private key = '';
  private shuffle = true;
  private assignment = false;
  private feedback: Attempt['feedback'] = 'immediate';
  private screen!: HTMLElement;
  private live!: HTMLElement;
  private unbind: (() => void) | undefined;

  connectedCallback(): void {
    const data = this.querySelector('script[data-questions]');
    let list: RuntimeQuestion[] = [];
    try {
      list = JSON.parse(data?.textContent ?? '[]') as RuntimeQuestion[];
    } catch {
      return; // leave the static version in place
    }
    if (list.length === 0) return;
    this.questions = new Map(list.map((q) => [q.id, q]));
    this.key = this.dataset.key ?? 'quiz';
    this.shuffle = this.dataset.shuffle !== 'false';
    this.feedback = this.dataset.feedback === 'end' ? 'end' : 'immediate';
    this.assignment = this.dataset.assignment !== undefined;
    for (const el of this.querySelectorAll<HTMLElement>('[data-static]')) el.hidden = true;

    const notice = h('p', { class: 'notice', role: 'status', hidden: true });
    this.unbind = $storageNotice.subscribe((code) => {
      notice.textContent = code ? strings('storage')[code] : '';
      notice.hidden = !code;
    });
    this.live = h('div', { class: 'visually-hidden', 'aria-live': 'polite' });
    this.screen = h('div', { class: 'quiz-screen' });
    this.append(notice, this.screen, this.live);

    const { current, last } = quizRecord(this.key);
    if (current && current.questionIds.every((id) => this.questions.has(id))) {
      this.say(t().restored);
      this.showQuestion(current);
    } else if (this.assignment && last && last.questionIds.every((id) => this.questions.has(id))) {
      this.showSummary(false);
      this.dispatchEvent(new CustomEvent('quiz-finished', { bubbles: true, detail: this.finishedDetail(last) }));
    } else this.begin([...this.questions.keys()]);
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

  /** Starts a new attempt over the given questions, shuffled from a fresh seed. */
  begin(ids: string[]): void {
    const seed = newSeed();
    const attempt: Attempt = {
      seed,
      questionIds: this.shuffle ? shuffled(ids, seed) : ids,
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

  private order(n: number, attempt: Attempt, id: string): number[] {
    return this.shuffle ? displayOrder(n, attempt.seed, id) : Array.from({ length: n }, (_, i) => i);
  }

  private showQuestion(attempt: Attempt, focus = false): void {
    const id = attempt.questionIds[attempt.position]!;
    const q = this.questions.get(id)!;
    const saved = attempt.answers[id];
    const checked = attempt.checked.includes(id);
    const view = this.viewFor(q, attempt, saved, () => {
      const r = view.read();
      if (r) saveAnswer(this.key, id, r);
    });
    const total = attempt.questionIds.length;
    const last = attempt.position === total - 1;
    const feedbackBox = h('div', { class: 'feedback' });
    const action = h('button', { type: 'button' });
    const message = h('p', { class: 'hint', role: 'alert' });

    const goNext = () => {
      if (last) return this.finish();
      saveCurrent(this.key, (a) => ({ ...a, position: a.position + 1 }));
      this.showQuestion(this.attempt(), true);
    };
    const check = () => {
      const r = view.read();
      if (!isComplete(q, r)) {
        message.textContent = t().answerFirst;
        return;
      }
      message.textContent = '';
      saveAnswer(this.key, id, r!);
      saveCurrent(this.key, (a) => ({ ...a, checked: [...a.checked, id] }));
      this.dispatchEvent(new CustomEvent('question-checked', { bubbles: true, detail: { id, correct: isCorrect(q, r) } }));
      this.renderFeedback(feedbackBox, q, r);
      lock(view.el);
      action.textContent = last ? t().seeResults : t().next;
      action.onclick = goNext;
      (feedbackBox.querySelector('h3') as HTMLElement | null)?.focus();
    };
    const advance = () => {
      const r = view.read();
      if (!isComplete(q, r)) {
        message.textContent = t().answerFirst;
        return;
      }
      saveAnswer(this.key, id, r!);
      goNext();
    };

    if (this.feedbackMode(attempt) === 'immediate') {
      if (checked) {
        this.renderFeedback(feedbackBox, q, saved);
        lock(view.el);
        action.textContent = last ? t().seeResults : t().next;
        action.onclick = goNext;
      } else {
        action.textContent = t().check;
        action.onclick = check;
      }
    } else {
      action.textContent = last ? t().finish : t().next;
      action.onclick = advance;
    }

    const back =
      attempt.position > 0 && this.feedbackMode(attempt) === 'end'
        ? h('button', { type: 'button', class: 'secondary', onclick: () => { saveCurrent(this.key, (a) => ({ ...a, position: a.position - 1 })); this.showQuestion(this.attempt(), true); } }, t().previous)
        : null;

    const heading = h('h2', { class: 'q-count', tabindex: -1 }, fill(t().questionOf, { n: attempt.position + 1, total }));
    this.screen.replaceChildren(
      h('progress', { max: total, value: attempt.position, 'aria-hidden': 'true' }),
      heading,
      view.el,
      message,
      h('div', { class: 'actions' }, back, action),
      feedbackBox,
    );
    if (focus) heading.focus();
  }

  private feedbackMode(attempt: Attempt): Attempt['feedback'] {
    return attempt.feedback;
  }

  private renderFeedback(box: HTMLElement, q: RuntimeQuestion, r: Response | undefined): void {
    const right = isCorrect(q, r);
    box.replaceChildren(...feedbackNodes(q, right));
    box.className = `feedback ${right ? 'right' : 'wrong'}`;
    setLang(box, q);
    this.say(right ? t().saidRight : t().saidWrong);
  }

  private finish(): void {
    const attempt = this.attempt();
    const results = attempt.questionIds.map((id) => ({ id, right: isCorrect(this.questions.get(id)!, attempt.answers[id]) }));
    const missed = results.filter((r) => !r.right).map((r) => r.id);
    const correct = results.length - missed.length;
    finishAttempt(this.key, correct, missed);
    this.showSummary();
    this.dispatchEvent(new CustomEvent('quiz-finished', { bubbles: true, detail: this.finishedDetail(quizRecord(this.key).last!) }));
  }

  private finishedDetail(attempt: Attempt): { key: string; attempt: Attempt; correct: number; total: number; missed: string[] } {
    const missed = attempt.questionIds.filter((id) => !isCorrect(this.questions.get(id)!, attempt.answers[id]));
    return { key: this.key, attempt, correct: attempt.questionIds.length - missed.length, total: attempt.questionIds.length, missed };
  }

  showSummary(focus = true): void {
    const record = quizRecord(this.key);
    const attempt = record.last;
    if (!attempt) return this.begin([...this.questions.keys()]);
    const ids = attempt.questionIds;
    const missed = ids.filter((id) => !isCorrect(this.questions.get(id)!, attempt.answers[id]));
    const correct = ids.length - missed.length;
    const w = t();
    const heading = h('h2', { tabindex: -1 }, w.resultHeading);
    const review = h('ol', { class: 'review-list', hidden: true }, ...ids.map((id) => setLang(h('li', {}, ...reviewNodes(this.questions.get(id)!, attempt.answers[id])), this.questions.get(id)!)));
    this.screen.replaceChildren(
      heading,
      h('p', { class: 'score' }, h('strong', {}, fill(w.score, { correct, total: ids.length })), fill(w.scoreRest, { percent: Math.round((correct / ids.length) * 100) })),
      record.best ? h('p', { class: 'meta' }, fill(w.best, { correct: record.best.correct, total: record.best.total })) : '',
      h('p', {}, missed.length > 0 ? w.missedToReview : w.allRight),
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', class: 'secondary', onclick: (e: Event) => { review.hidden = !review.hidden; (e.currentTarget as HTMLElement).setAttribute('aria-expanded', String(!review.hidden)); }, 'aria-expanded': 'false' }, w.reviewAnswers),
        missed.length > 0 && !this.assignment ? h('button', { type: 'button', onclick: () => this.begin(missed) }, countIn(w.retryMissed, missed.length)) : null,
        h('button', { type: 'button', class: 'secondary', onclick: () => this.begin([...this.questions.keys()]) }, w.startAgain),
      ),
      review,
    );
    if (focus) heading.focus();
  }

  /** The inputs for one question; `changed` saves a draft answer as the student goes. */
  private viewFor(q: RuntimeQuestion, attempt: Attempt, saved: Response | undefined, changed: () => void): QuestionView {
    const name = `q-${q.id}`;
    const legend = h('legend', {}, q.prompt);
    const fieldset = setLang(h('fieldset', { class: `question ${q.type}` }, legend), q);
    const w = t();
    fieldset.addEventListener('change', changed);
    switch (q.type) {
      case 'single-choice':
      case 'multiple-select': {
        const multiple = q.type === 'multiple-select';
        const chosen = saved?.type === 'single-choice' ? [saved.choice] : saved?.type === 'multiple-select' ? saved.choices : [];
        for (const i of this.order(q.choices.length, attempt, q.id)) {
          fieldset.append(h('label', { class: 'option' }, h('input', { type: multiple ? 'checkbox' : 'radio', name, value: i, checked: chosen.includes(i) }), q.choices[i]!));
        }
        if (multiple) fieldset.append(h('p', { class: 'meta' }, w.selectAll));
        const values = () => [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')].map((el) => Number(el.value));
        return { el: fieldset, read: () => (multiple ? { type: 'multiple-select', choices: values() } : values().length ? { type: 'single-choice', choice: values()[0]! } : undefined) };
      }
      case 'true-false': {
        const value = saved?.type === 'true-false' ? saved.value : undefined;
        for (const [label, v] of [[w.true, true], [w.false, false]] as const) {
          fieldset.append(h('label', { class: 'option' }, h('input', { type: 'radio', name, value: String(v), checked: value === v }), label));
        }
        return { el: fieldset, read: () => { const el = fieldset.querySelector<HTMLInputElement>('input:checked'); return el ? { type: 'true-false', value: el.value === 'true' } : undefined; } };
      }
      case 'numeric': {
        const input = h('input', { type: 'text', inputmode: 'decimal', id: name, autocomplete: 'off', value: saved?.type === 'numeric' ? String(saved.value) : undefined, maxlength: 16 });
        fieldset.append(h('label', { class: 'numeric', for: name }, w.numericLabel, input, q.unit ? h('span', { class: 'unit' }, q.unit) : null));
        if (q.tolerance > 0) fieldset.append(h('p', { class: 'meta' }, fill(w.tolerance, { n: q.tolerance })));
        input.addEventListener('input', changed);
        input.addEventListener('keydown', (e) => { if (e.key === 'Enter') (this.screen.querySelector('.actions button:last-child') as HTMLButtonElement | null)?.click(); });
        return { el: fieldset, read: () => { const v = parseNumericInput(input.value); return v === null ? undefined : { type: 'numeric', value: v }; } };
      }
      case 'ordering': {
        let order = saved?.type === 'ordering' && saved.order.length === q.items.length ? saved.order.slice() : this.order(q.items.length, attempt, q.id);
        const list = h('ol', { class: 'ordering-list' });
        const render = (focusItem?: number, dir?: 'up' | 'down') => {
          list.replaceChildren(
            ...order.map((item, pos) =>
              h(
                'li',
                {},
                h('span', { class: 'item-text' }, q.items[item]!),
                h('span', { class: 'move' },
                  h('button', { type: 'button', class: 'secondary', 'data-dir': 'up', 'data-item': item, 'aria-label': fill(w.moveUp, { item: q.items[item]! }), disabled: pos === 0, onclick: () => move(pos, -1) }, '↑'),
                  h('button', { type: 'button', class: 'secondary', 'data-dir': 'down', 'data-item': item, 'aria-label': fill(w.moveDown, { item: q.items[item]! }), disabled: pos === order.length - 1, onclick: () => move(pos, 1) }, '↓'),
                ),
              ),
            ),
          );
          if (focusItem !== undefined) {
            const target = list.querySelector<HTMLButtonElement>(`button[data-item="${focusItem}"][data-dir="${dir}"]:not([disabled])`) ?? list.querySelector<HTMLButtonElement>(`button[data-item="${focusItem}"]:not([disabled])`);
            target?.focus();
          }
        };
        const move = (pos: number, delta: number) => {
          const to = pos + delta;
          if (to < 0 || to >= order.length) return;
          [order[pos], order[to]] = [order[to]!, order[pos]!];
          render(order[to], delta < 0 ? 'up' : 'down');
          this.say(fill(w.moved, { item: q.items[order[to]!]!, n: to + 1, total: order.length }));
          changed();
        };
        fieldset.append(h('p', { class: 'meta' }, w.orderHelp), list);
        render();
        return { el: fieldset, read: () => ({ type: 'ordering', order: order.slice() }) };
      }
      case 'matching': {
        const pairs = saved?.type === 'matching' ? saved.pairs : q.left.map(() => -1);
        const rightOrder = this.order(q.right.length, attempt, q.id);
        const selects = q.left.map((left, i) => {
          const select = h('select', { id: `${name}-${i}` }, h('option', { value: '-1' }, w.choose), ...rightOrder.map((r) => h('option', { value: r, selected: pairs[i] === r }, q.right[r]!)));
          fieldset.append(h('div', { class: 'match-row' }, h('label', { for: `${name}-${i}` }, left), select));
          return select;
        });
        return { el: fieldset, read: () => ({ type: 'matching', pairs: selects.map((s) => Number(s.value)) }) };
      }
    }
  }
}

function lock(el: HTMLElement): void {
  for (const control of el.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('input, select, button')) control.disabled = true;
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
      return q.type === 'ordering' ? r.order.map((i) => q.items[i]).join(' → ') : '?';
    case 'matching':
      return q.type === 'matching' ? r.pairs.map((p, i) => `${q.left[i]} — ${q.right[p] ?? '?'}`).join('; ') : '?';
  }
}

function factNodes(q: RuntimeQuestion): Node[] {
  // Quotes are verbatim English; on a page in another language they say so, and their translation follows.
  const english = document.documentElement.lang === 'en' ? undefined : 'en';
  return [
    ...q.facts.map((f) =>
      h(
        'blockquote',
        { class: 'fact-quote' },
        h('p', {}, f.statement),
        h('p', {}, '“', h('span', { lang: english }, f.quote), '” — ', h('a', { href: f.href }, f.source)),
        f.translation ? h('p', { class: 'quote-translation' }, fill(t().quoteTranslation, { text: f.translation })) : null,
      ),
    ),
    q.lessonHref ? h('p', {}, h('a', { href: q.lessonHref }, t().readSection)) : null,
  ].filter((n): n is HTMLParagraphElement | HTMLQuoteElement => n !== null);
}

function feedbackNodes(q: RuntimeQuestion, right: boolean): Node[] {
  const w = t();
  return [
    h('h3', { tabindex: -1 }, right ? w.right : w.wrong),
    right ? null : h('p', {}, h('strong', {}, w.answer), keyText(q, w)),
    h('p', {}, q.explanation),
    ...factNodes(q),
  ].filter((n): n is HTMLParagraphElement | HTMLQuoteElement => n !== null);
}

function reviewNodes(q: RuntimeQuestion, r: Response | undefined): Node[] {
  const right = isCorrect(q, r);
  const w = t();
  return [
    h('p', { class: 'prompt' }, q.prompt),
    h('p', { class: right ? 'right' : 'wrong' }, right ? '✓ ' : '✗ ', w.yourAnswer, answerText(q, r)),
    right ? null : h('p', {}, h('strong', {}, w.answer), keyText(q, w)),
    h('p', {}, q.explanation),
    ...factNodes(q),
  ].filter((n): n is HTMLParagraphElement | HTMLQuoteElement => n !== null);
}

customElements.define('quiz-runner', QuizRunner);
