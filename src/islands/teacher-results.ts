/**
 * <teacher-results>: the teacher pastes result codes; each is checked and decoded, and the class table (one per
 * assignment) is built, kept in this browser, exportable as CSV and clearable after a confirmation. Answers are
 * re-marked with this build's questions (src/quiz/checking.ts) where it still has them.
 */
import { $classResults, $classResultsNotice, addResults, clearResults } from '../stores/class-results.ts';
import { buildClassTables, toCsv, type ClassTable, type Marker } from '../teach/class-results.ts';
import type { StudentResult } from '../teach/result-code.ts';
import { decodeResult, MAX_YEAR, MIN_YEAR, splitCodes } from '../teach/result-code-reader.ts';
import { isCorrect } from '../quiz/checking.ts';
import type { RuntimeQuestion } from '../quiz/types.ts';
import { h } from './dom.ts';
import { fill, strings } from './strings.ts';
import { countIn } from './count.ts';
import { MAX_QUESTIONS } from '../teach/assignment-link.ts';
import { MAX_NAME, MAX_RESULT_LENGTH } from '../teach/result-code.ts';
import { loadQuestionBank } from './question-bank.ts';
import { loadWithdrawn } from './withdrawn-questions.ts';
import { missingPrompt, withdrawnNotes, type Withdrawn } from '../teach/withdrawn.ts';

/** At most this many codes are read from one paste. */
const MAX_CODES_PER_PASTE = 200;
const MAX_PASTE = 400_000;

class TeacherResults extends HTMLElement {
  private questions = new Map<string, RuntimeQuestion>();
  private withdrawn: Withdrawn = new Map();
  private csvUrls: string[] = [];

  connectedCallback(): void {
    // The question bank is a separate static file, so the page paints before it arrives; tables are re-marked then.
    // Without it, results are shown with the marks their codes carry.
    const t = strings('teacherResults');
    const bank = loadQuestionBank(this.dataset.questionsHref).then(async (list) => {
      this.questions = new Map((list ?? []).map((q) => [q.id, q]));
      // Only when results name a question this build lacks: is it withdrawn, and why?
      const ids = $classResults.get().results.flatMap((r) => r.items.map((i) => i.id));
      if (ids.some((id) => !this.questions.has(id))) this.withdrawn = await loadWithdrawn();
    });
    const textarea = h('textarea', { id: 'result-codes', rows: 6, spellcheck: 'false', autocomplete: 'off', 'aria-describedby': 'result-codes-help' });
    const messages = h('ul', { class: 'messages', 'aria-live': 'polite' });
    const notice = h('p', { class: 'notice', role: 'status', hidden: true });
    const tables = h('div', { class: 'class-tables' });
    const form = h(
      'form',
      { class: 'teach-form' },
      h('div', { class: 'field' }, h('label', { for: 'result-codes' }, t.codes), textarea, h('p', { class: 'meta', id: 'result-codes-help' }, t.codesHelp)),
      h('button', { type: 'submit' }, t.add),
    );
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      await this.paste(textarea, messages);
    });

    const confirm = h('div', { class: 'confirm', hidden: true, role: 'group', 'aria-label': t.confirmLabel });
    const clear = h('button', { type: 'button', class: 'secondary' }, t.clear);
    clear.addEventListener('click', () => {
      confirm.hidden = false;
      (confirm.querySelector('button') as HTMLButtonElement).focus();
    });
    const yes = h('button', { type: 'button' }, t.confirmYes);
    yes.addEventListener('click', () => {
      clearResults();
      confirm.hidden = true;
      messages.replaceChildren(h('li', { class: 'ok' }, t.cleared));
      textarea.focus();
    });
    const no = h('button', { type: 'button', class: 'secondary' }, t.cancel);
    no.addEventListener('click', () => {
      confirm.hidden = true;
      clear.focus();
    });
    confirm.append(h('p', {}, t.confirmText), h('div', { class: 'actions' }, yes, no));

    this.append(notice, form, messages, tables, h('div', { class: 'actions' }, clear), confirm);
    const stored = { full: t.storageFull, blocked: t.storageBlocked, corrupt: t.storedCorrupt, foreign: t.storedForeign, newer: t.storedNewer, partial: t.storedPartial } as const;
    $classResultsNotice.subscribe((code) => {
      notice.textContent = code ? stored[code] : '';
      notice.hidden = !code;
    });
    $classResults.subscribe(({ results }) => {
      this.render(tables, results);
      clear.hidden = results.length === 0;
    });
    void bank.then(() => this.render(tables, $classResults.get().results));
  }

  private async paste(textarea: HTMLTextAreaElement, messages: HTMLElement): Promise<void> {
    const t = strings('teacherResults');
    const text = textarea.value;
    if (text.trim() === '') {
      messages.replaceChildren(h('li', { class: 'bad' }, t.pasteFirst));
      return;
    }
    if (text.length > MAX_PASTE) {
      messages.replaceChildren(h('li', { class: 'bad' }, t.tooMuch));
      return;
    }
    const reasons = strings('result');
    const codes = splitCodes(text);
    const items: HTMLElement[] = [];
    const good: StudentResult[] = [];
    for (const [i, code] of codes.slice(0, MAX_CODES_PER_PASTE).entries()) {
      const decoded = await decodeResult(code);
      if (decoded.ok) good.push(decoded.result);
      // Only the position is echoed back, never the pasted text itself.
      else items.push(h('li', { class: 'bad' }, fill(t.codeProblem, { n: i + 1, message: fill(reasons[decoded.problem], { maxLength: MAX_RESULT_LENGTH, maxName: MAX_NAME, maxQuestions: MAX_QUESTIONS, minYear: MIN_YEAR, maxYear: MAX_YEAR }) })));
    }
    if (codes.length > MAX_CODES_PER_PASTE) items.push(h('li', { class: 'bad' }, fill(t.onlyFirst, { max: MAX_CODES_PER_PASTE })));
    if (good.some((r) => r.items.some((i) => !this.questions.has(i.id)))) this.withdrawn = await loadWithdrawn();
    const added = addResults(good);
    const repeated = good.length - added;
    items.unshift(h('li', { class: added > 0 ? 'ok' : '' }, `${countIn(t.added, added)}${repeated > 0 ? fill(t.repeated, { n: repeated }) : ''}.`));
    messages.replaceChildren(...items);
    if (items.length === 1 && added > 0) textarea.value = '';
  }

  private mark: Marker = (id, response) => {
    const q = this.questions.get(id);
    return q ? isCorrect(q, response ?? undefined) : undefined;
  };

  private render(container: HTMLElement, results: readonly StudentResult[]): void {
    for (const url of this.csvUrls) URL.revokeObjectURL(url);
    this.csvUrls = [];
    if (results.length === 0) {
      container.replaceChildren(h('p', { class: 'meta' }, strings('teacherResults').none));
      return;
    }
    container.replaceChildren(...buildClassTables(results, this.mark).map((t, i) => this.table(t, i)));
  }

  private table(c: ClassTable, index: number): HTMLElement {
    const t = strings('teacherResults');
    const headingId = `class-table-${index}`;
    const prompt = (id: string) => this.questions.get(id)?.prompt ?? missingPrompt(id, this.withdrawn, t);
    // A withdrawn id is never in the build (the retired-questions rule), so every one listed is missing here.
    const notes = withdrawnNotes(c.columns.map((col) => col.id), this.withdrawn, t.withdrawnNote);
    const title = countIn(t.title, c.rows.length, { class: c.classLabel || t.assignment, average: c.average });
    const q = (n: number) => fill(t.questionShort, { n });
    // Student and score columns stay put (sticky) while the question columns scroll inside the box.
    const table = h(
      'table',
      { class: 'class-table' },
      h('caption', { class: 'visually-hidden' }, fill(t.caption, { title })),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col', class: 'student' }, t.student), ...c.columns.map((col, n) => h('th', { scope: 'col', title: prompt(col.id) }, h('abbr', { title: prompt(col.id) }, q(n + 1)))), h('th', { scope: 'col', class: 'score' }, t.score))),
      h(
        'tbody',
        {},
        ...c.rows.map((r) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row', class: 'student' }, r.name),
            ...r.marks.map((m) => (m === null ? h('td', {}, '–') : h('td', { class: m ? 'right' : 'wrong' }, m ? '✓' : '✗', h('span', { class: 'visually-hidden' }, m ? t.right : t.wrong)))),
            h('td', { class: 'score' }, `${r.correct}/${r.total} · ${r.percent}%`),
          ),
        ),
      ),
      h('tfoot', {}, h('tr', {}, h('th', { scope: 'row', class: 'student' }, t.percentRow), ...c.columns.map((col) => h('td', {}, `${col.percent}%`)), h('td', { class: 'score' }, `${c.average}%`))),
    );
    const wrap = h('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': fill(t.tableLabel, { title }) }, table);
    const hint = h('p', { class: 'meta table-hint', hidden: true }, t.scrollHint);
    // The hint shows only while the table is wider than its box.
    new ResizeObserver(() => (hint.hidden = wrap.scrollWidth <= wrap.clientWidth)).observe(wrap);
    const labels = { name: t.csvName, finished: t.csvFinished, minutes: t.csvMinutes, correct: t.csvCorrect, outOf: t.csvOutOf, percent: t.csvPercent, percentRow: t.csvPercentRow, questionShort: t.questionShort, questionId: t.csvQuestionId, question: t.csvQuestion };
    const csv = new Blob(['\uFEFF', toCsv(c, labels, prompt)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(csv);
    this.csvUrls.push(url);
    const fileName = `results-${(c.classLabel || 'class').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'class'}-${c.assignment}.csv`;
    return h(
      'section',
      { class: 'class-result', 'aria-labelledby': headingId, 'data-assignment': c.assignment },
      h('h3', { id: headingId }, title),
      ...notes.map((note) => h('p', { class: 'notice withdrawn-question', role: 'note' }, note)),
      hint,
      wrap,
      h('details', {}, h('summary', {}, t.questions), h('ol', {}, ...c.columns.map((col) => h('li', {}, prompt(col.id))))),
      c.mostMissed.length > 0
        ? h('div', {}, h('h4', {}, t.mostMissed), h('ol', { class: 'most-missed' }, ...c.mostMissed.slice(0, 5).map((m) => h('li', {}, fill(t.missedBy, { n: c.columns.findIndex((col) => col.id === m.id) + 1, prompt: prompt(m.id), missed: m.missed, of: m.of })))))
        : h('p', {}, t.nobodyMissed),
      h('p', {}, h('a', { class: 'button secondary', href: url, download: fileName }, t.download)),
    );
  }
}

customElements.define('teacher-results', TeacherResults);
