/**
 * <continue-link>: on the home page, points a returning student to the quiz they left unfinished (or their
 * latest one). Quiz titles come in as JSON: { id, title, href }[]. Shows nothing for a new visitor.
 */
import { $progress } from '../stores/progress.ts';
import { h } from './dom.ts';
import { fill, strings } from './strings.ts';

class ContinueLink extends HTMLElement {
  connectedCallback(): void {
    const quizzes = JSON.parse(this.querySelector('script[data-quizzes]')?.textContent ?? '[]') as { id: string; title: string; href: string }[];
    const p = $progress.get();
    const candidates = quizzes
      .map((q) => ({ q, r: p.quizzes[q.id] }))
      .filter((x) => x.r && (x.r.current || x.r.last))
      .sort((a, b) => (b.r!.current?.startedAt ?? b.r!.last?.finishedAt ?? 0) - (a.r!.current?.startedAt ?? a.r!.last?.finishedAt ?? 0));
    const top = candidates[0];
    if (!top) return;
    const current = top.r!.current;
    const t = strings('continue');
    this.append(
      h(
        'p',
        { class: 'continue card' },
        h('strong', {}, current ? t.continue : t.last),
        h('a', { href: top.q.href }, top.q.title),
        current ? fill(t.atQuestion, { n: current.position + 1, total: current.questionIds.length }) : top.r!.best ? fill(t.best, { correct: top.r!.best.correct, total: top.r!.best.total }) : '',
      ),
    );
  }
}

customElements.define('continue-link', ContinueLink);
