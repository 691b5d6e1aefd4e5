/**
 * <progress-summary>: the student's progress across all quizzes, from local storage, with a reset that asks
 * for confirmation. Quiz titles come in as JSON: { id, title, href, questions }[].
 */
import { $progress, $storageNotice, resetProgress } from '../stores/progress.ts';
import { dueCards } from '../quiz/leitner.ts';
import { h } from './dom.ts';

interface QuizInfo {
  id: string;
  title: string;
  href: string;
  questions: number;
}

class ProgressSummary extends HTMLElement {
  private unbind: (() => void)[] = [];

  connectedCallback(): void {
    const quizzes = JSON.parse(this.querySelector('script[data-quizzes]')?.textContent ?? '[]') as QuizInfo[];
    const notice = h('p', { class: 'notice', role: 'status', hidden: true });
    const body = h('div');
    this.querySelector('[data-static]')?.remove();
    this.append(notice, body);
    this.unbind.push(
      $storageNotice.subscribe((t) => {
        notice.textContent = t ?? '';
        notice.hidden = !t;
      }),
      $progress.subscribe((p) => {
        const rows = quizzes.map((q) => {
          const r = p.quizzes[q.id];
          const finished = r?.attempts.length ?? 0;
          const times = `${finished} time${finished === 1 ? '' : 's'}`;
          // Three columns fit a 320 px phone: how often a quiz was finished goes with its status.
          const status = r?.current
            ? `In progress: question ${r.current.position + 1} of ${r.current.questionIds.length}${finished ? ` (finished ${times} before)` : ''}`
            : finished
              ? `Finished ${times}`
              : 'Not started';
          return h(
            'tr',
            {},
            h('th', { scope: 'row' }, h('a', { href: q.href }, q.title)),
            h('td', {}, r?.best ? `${r.best.correct} of ${r.best.total}` : '—'),
            h('td', {}, status),
          );
        });
        const due = dueCards(p.review, Date.now()).length;
        const confirm = h('div', { class: 'confirm', hidden: true, role: 'group', 'aria-label': 'Confirm reset' });
        const resetButton = h('button', { type: 'button', class: 'secondary', onclick: () => { confirm.hidden = false; (confirm.querySelector('button') as HTMLButtonElement).focus(); } }, 'Reset all progress');
        confirm.append(
          h('p', {}, 'This deletes your scores, answers and review list on this device. It cannot be undone.'),
          h('button', { type: 'button', onclick: () => { resetProgress(); } }, 'Yes, delete my progress'),
          ' ',
          h('button', { type: 'button', class: 'secondary', onclick: () => { confirm.hidden = true; resetButton.focus(); } }, 'Cancel'),
        );
        body.replaceChildren(
          h('table', { class: 'progress-table' }, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Quiz'), h('th', { scope: 'col' }, 'Best score'), h('th', { scope: 'col' }, 'Status'))), h('tbody', {}, ...rows)),
          h('p', {}, due > 0 ? `${due} question${due === 1 ? '' : 's'} due for review. ` : 'Nothing due for review right now. ', h('a', { href: this.dataset.reviewHref ?? '../review/' }, 'Go to review')),
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
