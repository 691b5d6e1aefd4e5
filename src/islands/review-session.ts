/**
 * <review-session>: spaced review. Picks the questions due on the student's Leitner schedule from the course's
 * question bank of the page's language (src/islands/question-bank.ts) and runs them in a <quiz-runner>; each checked
 * answer moves its card.
 *
 *   <review-session data-questions-href="…/questions.json"><p data-review-status>…nothing to review yet…</p></review-session>
 *
 * The page's own status line is right for a student with nothing to review, so it stays as it is (the page is
 * complete at first paint, and the bank is fetched only when something is waiting); otherwise the island changes
 * its text and adds the runner below it.
 */
import { $progress, recordReview } from '../stores/progress.ts';
import { dueCards } from '../quiz/leitner.ts';
import { h } from './dom.ts';
import { loadQuestionBank } from './question-bank.ts';
import { strings } from './strings.ts';
import { countIn } from './count.ts';
import './quiz-runner.ts';

class ReviewSession extends HTMLElement {
  connectedCallback(): void {
    void this.start();
  }

  private async start(): Promise<void> {
    const t = strings('review');
    const status = this.querySelector<HTMLElement>('[data-review-status]') ?? this.appendChild(h('p', { class: 'card', 'data-review-status': true }));
    const review = $progress.get().review;
    const waiting = Object.keys(review).length;
    if (waiting === 0) return;
    const all = await loadQuestionBank(this.dataset.questionsHref);
    if (all === null) {
      status.textContent = t.cannotLoad;
      status.setAttribute('role', 'alert');
      return;
    }
    const byId = new Map(all.map((q) => [q.id, q]));
    const due = dueCards(review, Date.now()).filter((id) => byId.has(id));
    if (due.length === 0) {
      status.textContent = countIn(t.waiting, waiting);
      return;
    }
    status.textContent = countIn(t.dueToday, due.length);
    const runner = document.createElement('quiz-runner');
    runner.dataset.key = 'review';
    runner.dataset.feedback = 'immediate';
    const data = h('script', { type: 'application/json', 'data-questions': true });
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
