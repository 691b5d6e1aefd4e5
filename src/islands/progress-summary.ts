/**
 * <progress-summary>: the student's progress across all quizzes, from local storage, with a reset that asks
 * for confirmation. Quiz titles come in as JSON: { id, title, href, questions }[].
 */
import { $progress, $storageNotice, resetProgress } from '../stores/progress.ts';
import { dueCards } from '../quiz/leitner.ts';
import { h } from './dom.ts';
import { fill, strings } from './strings.ts';
import { countIn } from './count.ts';

interface QuizInfo {
  id: string;
  title: string;
  href: string;
  questions: number;
  /** The title's language, when the quiz is not yet translated into the page's. */
  lang?: string;
}

class ProgressSummary extends HTMLElement {
  private unbind: (() => void)[] = [];

  connectedCallback(): void {
    const quizzes = JSON.parse(this.querySelector('script[data-quizzes]')?.textContent ?? '[]') as QuizInfo[];
    const t = strings('progress');
    const notice = h('p', { class: 'notice', role: 'status', hidden: true });
    const body = h('div');
    this.querySelector('[data-static]')?.remove();
    this.append(notice, body);
    this.unbind.push(
      $storageNotice.subscribe((code) => {
        notice.textContent = code ? strings('storage')[code] : '';
        notice.hidden = !code;
      }),
      $progress.subscribe((p) => {
        const rows = quizzes.map((q) => {
          const r = p.quizzes[q.id];
          const finished = r?.attempts.length ?? 0;
          // Three columns fit a 320 px phone: how often a quiz was finished goes with its status.
          const status = r?.current
            ? fill(t.inProgress, { n: r.current.position + 1, total: r.current.questionIds.length }) + (finished ? countIn(t.finishedBefore, finished) : '')
            : finished
              ? countIn(t.finishedTimes, finished)
              : t.notStarted;
          return h(
            'tr',
            {},
            h('th', { scope: 'row', lang: q.lang }, h('a', { href: q.href }, q.title)),
            h('td', { 'data-label': t.best }, r?.best ? fill(t.score, { correct: r.best.correct, total: r.best.total }) : '—'),
            h('td', {}, status),
          );
        });
        const due = dueCards(p.review, Date.now()).length;
        const confirm = h('div', { class: 'confirm', hidden: true, role: 'group', 'aria-label': t.confirmLabel });
        const resetButton = h('button', { type: 'button', class: 'secondary', onclick: () => { confirm.hidden = false; (confirm.querySelector('button') as HTMLButtonElement).focus(); } }, t.reset);
        confirm.append(
          h('p', {}, t.confirmText),
          h('button', { type: 'button', onclick: () => { resetProgress(); } }, t.confirmYes),
          ' ',
          h('button', { type: 'button', class: 'secondary', onclick: () => { confirm.hidden = true; resetButton.focus(); } }, t.cancel),
        );
        body.replaceChildren(
          h('table', { class: 'progress-table' }, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t.quiz), h('th', { scope: 'col' }, t.best), h('th', { scope: 'col' }, t.status))), h('tbody', {}, ...rows)),
          h('p', {}, due > 0 ? countIn(t.due, due) : t.nothingDue, h('a', { href: this.dataset.reviewHref ?? '../review/' }, t.goReview)),
          h('div', { class: 'actions' }, resetButton),
          confirm,
        );
      }),
    );
  }

  disconnectedCallback(): void {
    for (const u of this.unbind) u();
  }
}

customElements.define('progress-summary', ProgressSummary);
