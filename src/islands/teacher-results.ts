/**
 * <teacher-results>: the teacher pastes result codes; each is checked and decoded, and the class table (one per
 * assignment) is built, kept in this browser, exportable as CSV and clearable after a confirmation. Answers are
 * re-marked with this build's questions (src/quiz/checking.ts) where it still has them.
 */
import { $classResults, $classResultsNotice, addResults, clearResults } from '../stores/class-results.ts';
import { buildClassTables, toCsv, type ClassTable, type Marker } from '../teach/class-results.ts';
import type { StudentResult } from '../teach/result-code.ts';
import { decodeResult, splitCodes } from '../teach/result-code-reader.ts';
import { isCorrect } from '../quiz/checking.ts';
import type { RuntimeQuestion } from '../quiz/types.ts';
import { h } from './dom.ts';
import { loadQuestionBank } from './question-bank.ts';

/** At most this many codes are read from one paste. */
const MAX_CODES_PER_PASTE = 200;
const MAX_PASTE = 400_000;

class TeacherResults extends HTMLElement {
  private questions = new Map<string, RuntimeQuestion>();
  private csvUrls: string[] = [];

  connectedCallback(): void {
    // The question bank is a separate static file, so the page paints before it arrives; tables are re-marked then.
    // Without it, results are shown with the marks their codes carry.
    const bank = loadQuestionBank().then((list) => {
      this.questions = new Map((list ?? []).map((q) => [q.id, q]));
    });
    const textarea = h('textarea', { id: 'result-codes', rows: 6, spellcheck: 'false', autocomplete: 'off', 'aria-describedby': 'result-codes-help' });
    const messages = h('ul', { class: 'messages', 'aria-live': 'polite' });
    const notice = h('p', { class: 'notice', role: 'status', hidden: true });
    const tables = h('div', { class: 'class-tables' });
    const form = h(
      'form',
      { class: 'teach-form' },
      h('div', { class: 'field' }, h('label', { for: 'result-codes' }, 'Result codes'), textarea, h('p', { class: 'meta', id: 'result-codes-help' }, 'Each code starts with R1. Codes that cannot be read are listed with the reason, and nothing from them is kept.')),
      h('button', { type: 'submit' }, 'Add to the table'),
    );
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      await this.paste(textarea, messages);
    });

    const confirm = h('div', { class: 'confirm', hidden: true, role: 'group', 'aria-label': 'Confirm clearing the results' });
    const clear = h('button', { type: 'button', class: 'secondary' }, 'Clear all results');
    clear.addEventListener('click', () => {
      confirm.hidden = false;
      (confirm.querySelector('button') as HTMLButtonElement).focus();
    });
    const yes = h('button', { type: 'button' }, 'Yes, clear the results');
    yes.addEventListener('click', () => {
      clearResults();
      confirm.hidden = true;
      messages.replaceChildren(h('li', { class: 'ok' }, 'All results were cleared.'));
      textarea.focus();
    });
    const no = h('button', { type: 'button', class: 'secondary' }, 'Cancel');
    no.addEventListener('click', () => {
      confirm.hidden = true;
      clear.focus();
    });
    confirm.append(h('p', {}, 'Clear every result from this browser? This cannot be undone; export a CSV first if you need it.'), h('div', { class: 'actions' }, yes, no));

    this.append(notice, form, messages, tables, h('div', { class: 'actions' }, clear), confirm);
    $classResultsNotice.subscribe((text) => {
      notice.textContent = text ?? '';
      notice.hidden = !text;
    });
    $classResults.subscribe(({ results }) => {
      this.render(tables, results);
      clear.hidden = results.length === 0;
    });
    void bank.then(() => this.render(tables, $classResults.get().results));
  }

  private async paste(textarea: HTMLTextAreaElement, messages: HTMLElement): Promise<void> {
    const text = textarea.value;
    if (text.trim() === '') {
      messages.replaceChildren(h('li', { class: 'bad' }, 'Paste at least one result code first.'));
      return;
    }
    if (text.length > MAX_PASTE) {
      messages.replaceChildren(h('li', { class: 'bad' }, 'That is far more text than a class’s result codes; nothing was read.'));
      return;
    }
    const codes = splitCodes(text);
    const items: HTMLElement[] = [];
    const good: StudentResult[] = [];
    for (const [i, code] of codes.slice(0, MAX_CODES_PER_PASTE).entries()) {
      const decoded = await decodeResult(code);
      if (decoded.ok) good.push(decoded.result);
      // Only the position is echoed back, never the pasted text itself.
      else items.push(h('li', { class: 'bad' }, `Code ${i + 1}: ${decoded.message}`));
    }
    if (codes.length > MAX_CODES_PER_PASTE) items.push(h('li', { class: 'bad' }, `Only the first ${MAX_CODES_PER_PASTE} codes were read; paste the rest separately.`));
    const added = addResults(good);
    const repeated = good.length - added;
    items.unshift(h('li', { class: added > 0 ? 'ok' : '' }, `${added} result${added === 1 ? '' : 's'} added${repeated > 0 ? `; ${repeated} already in the table` : ''}.`));
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
      container.replaceChildren(h('p', { class: 'meta' }, 'No results yet.'));
      return;
    }
    container.replaceChildren(...buildClassTables(results, this.mark).map((t, i) => this.table(t, i)));
  }

  private table(t: ClassTable, index: number): HTMLElement {
    const headingId = `class-table-${index}`;
    const prompt = (id: string) => this.questions.get(id)?.prompt ?? `${id} (no longer on this site)`;
    const title = `${t.classLabel || 'Assignment'} · ${t.rows.length} student${t.rows.length === 1 ? '' : 's'} · average ${t.average}%`;
    // Student and score columns stay put (sticky) while the question columns scroll inside the box.
    const table = h(
      'table',
      { class: 'class-table' },
      h('caption', { class: 'visually-hidden' }, `Results: ${title}`),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col', class: 'student' }, 'Student'), ...t.columns.map((c, n) => h('th', { scope: 'col', title: prompt(c.id) }, h('abbr', { title: prompt(c.id) }, `Q${n + 1}`))), h('th', { scope: 'col', class: 'score' }, 'Score'))),
      h(
        'tbody',
        {},
        ...t.rows.map((r) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row', class: 'student' }, r.name),
            ...r.marks.map((m) => (m === null ? h('td', {}, '–') : h('td', { class: m ? 'right' : 'wrong' }, m ? '✓' : '✗', h('span', { class: 'visually-hidden' }, m ? ' right' : ' wrong')))),
            h('td', { class: 'score' }, `${r.correct}/${r.total} · ${r.percent}%`),
          ),
        ),
      ),
      h('tfoot', {}, h('tr', {}, h('th', { scope: 'row', class: 'student' }, '% correct'), ...t.columns.map((c) => h('td', {}, `${c.percent}%`)), h('td', { class: 'score' }, `${t.average}%`))),
    );
    const wrap = h('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': `Table: ${title}` }, table);
    const hint = h('p', { class: 'meta table-hint', hidden: true }, 'Scroll the table sideways for every question; names and scores stay in place.');
    // The hint shows only while the table is wider than its box.
    new ResizeObserver(() => (hint.hidden = wrap.scrollWidth <= wrap.clientWidth)).observe(wrap);
    const csv = new Blob(['\uFEFF', toCsv(t, prompt)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(csv);
    this.csvUrls.push(url);
    const fileName = `results-${(t.classLabel || 'class').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'class'}-${t.assignment}.csv`;
    return h(
      'section',
      { class: 'class-result', 'aria-labelledby': headingId, 'data-assignment': t.assignment },
      h('h3', { id: headingId }, title),
      hint,
      wrap,
      h('details', {}, h('summary', {}, 'Questions'), h('ol', {}, ...t.columns.map((c) => h('li', {}, prompt(c.id))))),
      t.mostMissed.length > 0
        ? h('div', {}, h('h4', {}, 'Most missed'), h('ol', { class: 'most-missed' }, ...t.mostMissed.slice(0, 5).map((m) => h('li', {}, `Q${t.columns.findIndex((c) => c.id === m.id) + 1}: ${prompt(m.id)} — missed by ${m.missed} of ${m.of}`))))
        : h('p', {}, 'Nobody missed a question.'),
      h('p', {}, h('a', { class: 'button secondary', href: url, download: fileName }, 'Download as CSV')),
    );
  }
}

customElements.define('teacher-results', TeacherResults);
