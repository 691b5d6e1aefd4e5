/**
 * <teacher-assignment-form>: turns the teacher's choices into an assignment link (fragment only, so nothing is
 * sent anywhere), with a copy button, a QR code to project, and print links. Wraps a plain <form>; quiz
 * summaries come from <script id="teach-quizzes">.
 */
import { encodeAssignment, MAX_QUESTIONS, type Assignment } from '../teach/assignment-link.ts';
import type { QuizSummary } from '../lib/quiz-pages.ts';
import { shuffled, newSeed } from '../quiz/shuffle.ts';
import { h } from './dom.ts';
import { copyButton } from './copy-button.ts';

/** The QR code (drawn once its library has loaded), or a note when the link is longer than a QR code can hold. */
function qrOrNote(url: string): Element {
  const slot = h('div', { class: 'qr-slot' });
  import('./qr-svg.ts')
    .then(({ qrSvg }) => slot.replaceChildren(qrSvg(url, 'QR code of the assignment link, for students to scan')))
    .catch(() => slot.replaceChildren(h('p', { class: 'meta' }, 'No QR code could be drawn for this link (it may be too long for one); share it by copying instead.')));
  return slot;
}

class TeacherAssignmentForm extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form')!;
    let quizzes: QuizSummary[] = [];
    try {
      quizzes = JSON.parse(document.getElementById('teach-quizzes')?.textContent ?? '[]') as QuizSummary[];
    } catch {
      /* the form then reports that no quiz is known */
    }
    const message = form.querySelector<HTMLElement>('[data-form-message]')!;
    const output = h('section', { class: 'link-output', hidden: true, 'aria-labelledby': 'link-heading' });
    this.append(output);

    const field = <T extends Element = HTMLInputElement>(name: string) => form.elements.namedItem(name) as T | null;
    const quizChoice = form.elements.namedItem('quiz') as RadioNodeList;
    const lessonSelect = field<HTMLSelectElement>('lesson')!;
    const source = () => (form.querySelector<HTMLInputElement>('input[name=source]:checked')?.value === 'pick' ? 'pick' : 'quiz');
    const syncSource = () => {
      for (const el of form.querySelectorAll<HTMLElement>('[data-when]')) el.hidden = el.dataset.when !== source();
    };
    // The lesson to link follows the chosen quiz until the teacher picks another.
    const syncLesson = () => {
      lessonSelect.value = quizzes.find((q) => q.id === quizChoice.value)?.lesson ?? '';
    };
    form.addEventListener('change', (e) => {
      if ((e.target as HTMLInputElement).name === 'source') syncSource();
      if ((e.target as HTMLInputElement).name === 'quiz') syncLesson();
    });
    syncSource();
    syncLesson();

    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const pool = source() === 'quiz' ? (quizzes.find((q) => q.id === quizChoice.value)?.questionIds ?? []) : [...form.querySelectorAll<HTMLInputElement>('input[name=pick]:checked')].map((el) => el.value);
      if (pool.length === 0) {
        message.textContent = source() === 'pick' ? 'Tick at least one question.' : 'Choose a quiz.';
        return;
      }
      const countText = field('count')!.value.trim();
      const count = countText === '' ? Math.min(pool.length, MAX_QUESTIONS) : Number(countText);
      if (!Number.isInteger(count) || count < 1 || count > MAX_QUESTIONS) {
        message.textContent = `The number of questions must be a whole number from 1 to ${MAX_QUESTIONS}.`;
        field('count')!.focus();
        return;
      }
      // A smaller set is drawn once here, so every student who opens the link gets the same questions.
      const chosen = count >= pool.length ? pool : shuffled(pool, newSeed()).slice(0, count).sort((a, b) => pool.indexOf(a) - pool.indexOf(b));
      const assignment: Assignment = {
        questionIds: chosen,
        lesson: lessonSelect.value || null,
        classLabel: field('classLabel')!.value,
        due: field('due')!.value,
        feedback: form.querySelector<HTMLInputElement>('input[name=feedback]:checked')?.value === 'end' ? 'end' : 'immediate',
        shuffle: field('shuffle')!.checked,
        readFirst: field('readFirst')!.checked,
      };
      try {
        const fragment = await encodeAssignment(assignment);
        message.textContent = count < pool.length ? `Link made: ${count} of ${pool.length} questions, drawn at random.` : `Link made with ${chosen.length} question${chosen.length === 1 ? '' : 's'}.`;
        this.show(output, fragment, chosen.length);
      } catch (error) {
        message.textContent = (error as Error).message;
      }
    });
  }

  private show(output: HTMLElement, fragment: string, count: number): void {
    const url = new URL(`${this.dataset.assignmentHref ?? '/assignment/'}#${fragment}`, location.href).href;
    const printBase = new URL(this.dataset.printHref ?? '/teach/print/', location.href).href;
    const input = h('input', { type: 'text', id: 'assignment-link', readonly: true, value: url, 'aria-describedby': 'assignment-link-help' });
    const status = h('p', { class: 'meta', 'aria-live': 'polite' });
    const copy = copyButton('Copy the link', url, input, status, 'Link copied.', 'Copying was blocked: the link is selected, so press Ctrl+C (or ⌘C).');
    output.replaceChildren(
      h('h3', { id: 'link-heading', tabindex: -1 }, 'Your assignment link'),
      h('label', { for: 'assignment-link' }, `Link to ${count} question${count === 1 ? '' : 's'}`),
      input,
      h('p', { class: 'meta', id: 'assignment-link-help' }, `${url.length} characters. Everything is in the part after #, which browsers never send to a server.`),
      h('div', { class: 'actions' }, copy, h('a', { class: 'button secondary', href: url, target: '_blank', rel: 'noopener' }, 'Open it as a student')),
      status,
      qrOrNote(url),
      h(
        'ul',
        { class: 'print-links' },
        h('li', {}, h('a', { href: `${printBase}#${fragment}`, 'data-print-link': 'worksheet' }, 'Print this assignment as a worksheet')),
        h('li', {}, h('a', { href: `${printBase}?key=1#${fragment}`, 'data-print-link': 'answer-key' }, 'Print its answer key')),
      ),
    );
    output.hidden = false;
    (output.querySelector('h3') as HTMLElement).focus();
  }
}

customElements.define('teacher-assignment-form', TeacherAssignmentForm);
