/**
 * <review-session>: spaced review. Picks the questions due on the student's Leitner schedule from the course's
 * question bank (src/islands/question-bank.ts) and runs them in a <quiz-runner>; each checked answer moves its card.
 */
import { $progress, recordReview } from '../stores/progress.ts';
import { dueCards } from '../quiz/leitner.ts';
import { h } from './dom.ts';
import { loadQuestionBank } from './question-bank.ts';
import { strings } from './strings.ts';
import { countIn } from './count.ts';
import './quiz-runner.ts';

class ReviewSession extends HTMLElement {
  async connectedCallback(): Promise<void> {
    const all = await loadQuestionBank(this.dataset.questionsHref);
    this.querySelector('[data-static]')?.remove();
    const t = strings('review');
    if (all === null) {
      this.append(h('p', { class: 'card', role: 'alert' }, t.cannotLoad));
      return;
    }
    const byId = new Map(all.map((q) => [q.id, q]));
    const due = dueCards($progress.get().review, Date.now()).filter((id) => byId.has(id));
    if (due.length === 0) {
      const waiting = Object.keys($progress.get().review).length;
      this.append(h('p', { class: 'card' }, waiting > 0 ? countIn(t.waiting, waiting) : t.nothingYet));
      return;
    }
    this.append(h('p', {}, countIn(t.dueToday, due.length)));
    const runner = document.createElement('quiz-runner');
    runner.dataset.key = 'review';
    runner.dataset.feedback = 'immediate';
    const data = document.createElement('script');
    data.type = 'application/json';
    data.dataset.questions = '';
    data.textContent = JSON.stringify(due.map((id) => byId.get(id)));
    runner.append(data);
    runner.addEventListener('question-checked', (e) => {
      const { id, correct } = (e as CustomEvent<{ id: string; correct: boolean }>).detail;
      recordReview(id, correct);
    });
    this.append(runner);
  }
}

customElements.define('review-session', ReviewSession);
