/**
 * <assignment-runner>: the student's side of an assignment. Reads the assignment from the link's fragment,
 * shows its banner (class, due date, lesson), runs exactly its questions in a <quiz-runner>, then asks for a
 * name and gives the result code to send to the teacher. Everything from the link is shown as text only.
 *
 *   <assignment-runner>   (the questions come from `questions.json`)
 *     <script type="application/json" data-lessons>{ id, title, href }[]</script>
 *   </assignment-runner>
 */
import { decodeAssignment, resolveQuestions, type Assignment } from '../teach/assignment-link.ts';
import { encodeResult, MAX_NAME } from '../teach/result-code.ts';
import { cleanText } from '../teach/packing.ts';
import { isCorrect } from '../quiz/checking.ts';
import type { RuntimeQuestion } from '../quiz/types.ts';
import type { Attempt } from '../stores/progress-format.ts';
import { h } from './dom.ts';
import { linked } from './linked-text.ts';
import { fill, strings } from './strings.ts';
import { countIn } from './count.ts';
import { linkMessage, missingText } from './link-messages.ts';
import { copyButton } from './copy-button.ts';
import { loadQuestionBank } from './question-bank.ts';
import { loadWithdrawn } from './withdrawn-questions.ts';
import './quiz-runner.ts';

interface LessonInfo {
  id: string;
  title: string;
  href: string;
  /** The title's language, when the lesson is not yet translated into the page's. */
  lang?: string;
}

const t = () => strings('assignment');

function readJson<T>(el: Element | null): T[] {
  try {
    return JSON.parse(el?.textContent ?? '[]') as T[];
  } catch {
    return [];
  }
}

class AssignmentRunner extends HTMLElement {
  connectedCallback(): void {
    // Opening another assignment link in the same tab changes only the fragment: start over with it.
    addEventListener('hashchange', () => location.reload());
    void this.start();
  }

  private async start(): Promise<void> {
    // The question bank is one shared static file (precached for offline use), not repeated in this page.
    const all = await loadQuestionBank(this.dataset.questionsHref);
    if (!all) return this.problem(t().cannotLoad);
    const lessons = readJson<LessonInfo>(this.querySelector('script[data-lessons]'));
    for (const el of this.querySelectorAll<HTMLElement>('[data-static]')) el.hidden = true;
    const decoded = await decodeAssignment(location.hash);
    if (!decoded.ok) return this.problem(linkMessage(decoded.problem));

    const { assignment, fingerprint } = decoded;
    const byId = new Map(all.map((q) => [q.id, q]));
    const { present, missing } = resolveQuestions(assignment, new Set(byId.keys()));
    // Questions withdrawn since the link was made are named with the reason, not as broken.
    const withdrawn = missing.length > 0 ? await loadWithdrawn() : new Map<string, string>();
    if (present.length === 0) return this.problem(missingText(missing, assignment.questionIds.length, withdrawn));

    const lesson = lessons.find((l) => l.id === assignment.lesson);
    this.append(this.banner(assignment, lesson));
    if (missing.length > 0) this.append(h('p', { class: 'notice missing-questions', role: 'status' }, missingText(missing, assignment.questionIds.length, withdrawn)));

    const questions = present.map((id) => byId.get(id)!);
    const runner = document.createElement('quiz-runner');
    runner.dataset.key = `assignment:${fingerprint}`;
    runner.dataset.feedback = assignment.feedback;
    runner.dataset.shuffle = String(assignment.shuffle);
    runner.dataset.assignment = '';
    const data = h('script', { type: 'application/json', 'data-questions': true });
    data.textContent = JSON.stringify(questions);
    runner.append(data);
    const resultBox = h('section', { class: 'result-code-box', 'aria-labelledby': 'result-code-heading' });
    // Starting again makes the last code stale until the new attempt is finished.
    runner.addEventListener('attempt-started', () => resultBox.replaceChildren());
    runner.addEventListener('quiz-finished', (e) => {
      const { attempt } = (e as CustomEvent<{ attempt: Attempt }>).detail;
      this.resultForm(resultBox, assignment, fingerprint, questions, attempt);
    });
    this.append(runner, resultBox);
  }

  private problem(message: string): void {
    this.append(
      h('div', { class: 'notice assignment-error', role: 'alert' }, h('p', {}, h('strong', {}, t().cannotOpen), message)),
      h('p', {}, ...linked(t().stillStudy, { lessons: this.dataset.lessonsHref ?? '', quizzes: this.dataset.quizzesHref ?? '' })),
    );
  }

  private banner(a: Assignment, lesson: LessonInfo | undefined): HTMLElement {
    const w = t();
    return h(
      'section',
      { class: 'assignment-banner', 'aria-label': w.about },
      h('p', { class: 'assignment-class' }, a.classLabel ? fill(w.forClass, { class: a.classLabel }) : w.setByTeacher),
      a.due ? h('p', { class: 'assignment-due' }, h('strong', {}, w.due), a.due) : null,
      lesson
        ? h('p', {}, a.readFirst ? h('strong', {}, w.readFirst) : w.lesson, h('a', { href: lesson.href, lang: lesson.lang }, lesson.title))
        : a.lesson
          ? h('p', { class: 'meta' }, ...linked(fill(w.lessonGone, { lesson: a.lesson }), { lessons: this.dataset.lessonsHref ?? '' }))
          : null,
      h('p', { class: 'meta' }, countIn(w.summary, a.questionIds.length, { feedback: a.feedback === 'end' ? w.feedbackEnd : w.feedbackEach })),
    );
  }

  private resultForm(box: HTMLElement, a: Assignment, fingerprint: string, questions: RuntimeQuestion[], attempt: Attempt): void {
    const w = t();
    const input = h('input', { type: 'text', id: 'student-name', name: 'student-name', maxlength: MAX_NAME, autocomplete: 'name', required: true });
    const message = h('p', { class: 'hint', 'aria-live': 'polite' });
    const output = h('div', { class: 'result-output' });
    const form = h(
      'form',
      { class: 'result-form' },
      h('label', { for: 'student-name' }, w.nameLabel),
      input,
      h('button', { type: 'submit' }, w.makeCode),
    );
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const name = cleanText(input.value);
      if (name === '' || name.length > MAX_NAME) {
        message.textContent = name === '' ? w.nameMissing : fill(w.nameTooLong, { max: MAX_NAME });
        input.focus();
        return;
      }
      const items = questions.map((q) => {
        const response = attempt.answers[q.id] ?? null;
        return { id: q.id, response, correct: isCorrect(q, response ?? undefined) };
      });
      try {
        const code = await encodeResult({
          assignment: fingerprint,
          classLabel: a.classLabel,
          name: input.value,
          startedAt: attempt.startedAt,
          finishedAt: attempt.finishedAt ?? Date.now(),
          items,
          score: items.filter((i) => i.correct).length,
        });
        message.textContent = '';
        this.showCode(output, code);
      } catch (error) {
        message.textContent = (error as Error).message;
        input.focus();
      }
    });
    box.replaceChildren(
      h('h2', { id: 'result-code-heading' }, w.sendHeading),
      h('p', {}, w.sendHelp),
      form,
      message,
      output,
    );
  }

  private showCode(output: HTMLElement, code: string): void {
    const field = h('textarea', { id: 'result-code', readonly: true, rows: 4, spellcheck: 'false' });
    field.value = code;
    const status = h('p', { class: 'meta', 'aria-live': 'polite' });
    const w = t();
    const copy = copyButton(w.copyCode, code, field, status, w.copied, w.copyBlocked, 'secondary');
    output.replaceChildren(h('label', { for: 'result-code' }, w.codeLabel), field, h('div', { class: 'actions' }, copy), status);
    field.focus();
    field.select();
  }
}

customElements.define('assignment-runner', AssignmentRunner);
