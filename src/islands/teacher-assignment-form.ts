/**
 * <teacher-assignment-form>: turns the teacher's choices into an assignment link (fragment only, so nothing is
 * sent anywhere), with a copy button, a QR code to project, and print links. Wraps a plain <form>; quiz
 * summaries come from <script id="teach-quizzes">.
 */
import { assignmentProblem, encodeAssignment, MAX_QUESTIONS, type Assignment } from '../teach/assignment-link.ts';
import { cleanText } from '../teach/packing.ts';
import type { QuizSummary } from '../lib/quiz-pages.ts';
import { shuffled, newSeed } from '../quiz/shuffle.ts';
import { h } from './dom.ts';
import { copyButton } from './copy-button.ts';
import type { AssignmentPackageInfo } from './scorm-download.ts';
import { fill, strings } from './strings.ts';
import { countIn } from './count.ts';
import { linkMessage } from './link-messages.ts';
import { loadQuestionBank } from './question-bank.ts';

const t = () => strings('teacherForm');

/** The QR code (drawn once its library has loaded), or a note when the link is longer than a QR code can hold. */
function qrOrNote(url: string): Element {
  const slot = h('div', { class: 'qr-slot' });
  import('./qr-svg.ts')
    .then(({ qrSvg }) => slot.replaceChildren(qrSvg(url, t().qrLabel)))
    .catch(() => slot.replaceChildren(h('p', { class: 'meta' }, t().qrFailed)));
  return slot;
}

/** "Download for your LMS": the assignment as a SCORM package, made here when asked (the zip code loads then). */
function lmsDownload(assignment: Assignment, info: AssignmentPackageInfo, guideHref: string, questionsHref: string | undefined): Element {
  const w = t();
  const status = h('p', { class: 'meta', 'aria-live': 'polite' });
  const button = h('button', { type: 'button', class: 'secondary' }, w.lmsButton);
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.textContent = w.lmsMaking;
    try {
      // The package maker is not stored for offline use (it would add 100 KB to every student's download).
      const maker = await import('./scorm-download.ts').catch(() => null);
      if (!maker) {
        status.textContent = w.lmsOffline;
        return;
      }
      const { assignmentPackage, saveFile } = maker;
      // The package speaks the page's language, like the page's question bank (data-questions-href).
      const { bytes, fileName } = await assignmentPackage(assignment, info, { bank: loadQuestionBank(questionsHref), strings: { teacherForm: w, quiz: strings('quiz'), storage: strings('storage') } });
      saveFile(bytes, fileName);
      status.textContent = fill(w.lmsDone, { file: fileName, kb: Math.ceil(bytes.length / 1024) });
    } catch (error) {
      status.textContent = fill(w.lmsFailed, { reason: (error as Error).message });
    } finally {
      button.disabled = false;
    }
  });
  return h(
    'div',
    { class: 'lms-download' },
    h('p', {}, w.lmsIntro, ' ', h('a', { href: guideHref }, w.lmsGuide)),
    button,
    status,
  );
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
        message.textContent = source() === 'pick' ? t().tickOne : t().chooseQuiz;
        return;
      }
      const countText = field('count')!.value.trim();
      const count = countText === '' ? Math.min(pool.length, MAX_QUESTIONS) : Number(countText);
      if (!Number.isInteger(count) || count < 1 || count > MAX_QUESTIONS) {
        message.textContent = fill(t().countRange, { max: MAX_QUESTIONS });
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
      // The link opens in the language chosen for the assignment; the fragment is the same in every language.
      const language = field<HTMLSelectElement>('language')?.value ?? '';
      const problem = assignmentProblem({ ...assignment, classLabel: cleanText(assignment.classLabel), due: cleanText(assignment.due) });
      if (problem) {
        message.textContent = linkMessage(problem);
        return;
      }
      try {
        const fragment = await encodeAssignment(assignment);
        message.textContent = count < pool.length ? fill(t().madeDrawn, { count, pool: pool.length }) : countIn(t().made, chosen.length);
        const fromQuiz = source() === 'quiz' ? quizzes.find((q) => q.id === quizChoice.value) : undefined;
        const lessonTitle = lessonSelect.value ? lessonSelect.selectedOptions[0]?.textContent ?? undefined : undefined;
        this.show(output, fragment, chosen.length, assignment, { lessonTitle, ...(fromQuiz ? { masteryScore: fromQuiz.masteryScore } : {}) }, language);
      } catch (error) {
        message.textContent = (error as Error).message;
      }
    });
  }

  private show(output: HTMLElement, fragment: string, count: number, assignment: Assignment, lms: AssignmentPackageInfo, language: string): void {
    const hrefs = JSON.parse(this.dataset.assignmentHrefs ?? '{}') as Record<string, string>;
    const url = new URL(`${hrefs[language] ?? '/assignment/'}#${fragment}`, location.href).href;
    const printBase = new URL(this.dataset.printHref ?? '/teach/print/', location.href).href;
    const w = t();
    const input = h('input', { type: 'text', id: 'assignment-link', readonly: true, value: url, 'aria-describedby': 'assignment-link-help' });
    const status = h('p', { class: 'meta', 'aria-live': 'polite' });
    const copy = copyButton(w.copy, url, input, status, w.copied, w.copyBlocked);
    output.replaceChildren(
      h('h3', { id: 'link-heading', tabindex: -1 }, w.heading),
      h('label', { for: 'assignment-link' }, countIn(w.linkTo, count)),
      input,
      h('p', { class: 'meta', id: 'assignment-link-help' }, fill(w.length, { n: url.length })),
      h('div', { class: 'actions' }, copy, h('a', { class: 'button secondary', href: url, target: '_blank', rel: 'noopener' }, w.open)),
      status,
      qrOrNote(url),
      h(
        'ul',
        { class: 'print-links' },
        h('li', {}, h('a', { href: `${printBase}#${fragment}`, 'data-print-link': 'worksheet' }, w.printWorksheet)),
        h('li', {}, h('a', { href: `${printBase}?key=1#${fragment}`, 'data-print-link': 'answer-key' }, w.printKey)),
      ),
      lmsDownload(assignment, lms, this.dataset.lmsGuideHref ?? '/for-teachers/lms/', this.dataset.questionsHref),
    );
    output.hidden = false;
    (output.querySelector('h3') as HTMLElement).focus();
  }
}

customElements.define('teacher-assignment-form', TeacherAssignmentForm);
