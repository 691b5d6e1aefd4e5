/**
 * <teacher-print>: an assignment's worksheet or answer key (`?key=1`), built from the link in the fragment with
 * the same wording as the static print pages (src/teach/worksheet.ts). Text only, never markup.
 */
import { decodeAssignment, missingMessage, resolveQuestions } from '../teach/assignment-link.ts';
import { loadWithdrawn } from './withdrawn-questions.ts';
import { worksheetItem, type WorksheetItem } from '../teach/worksheet.ts';
import { h } from './dom.ts';
import { loadQuestionBank } from './question-bank.ts';

function sheet(items: WorksheetItem[], answerKey: boolean, subtitle: string): HTMLElement {
  const head = h('header', { class: 'worksheet-head' }, h('h1', {}, answerKey ? 'Assignment: answer key' : 'Assignment'), h('p', { class: 'meta' }, subtitle));
  if (!answerKey) head.append(h('p', {}, 'Name: ', h('span', { class: 'write-in' })), h('p', {}, 'Class and date: ', h('span', { class: 'write-in' })));
  const list = h(
    'ol',
    { class: 'sheet-list' },
    ...items.map((item) =>
      h(
        'li',
        {},
        h('p', { class: 'prompt' }, item.prompt),
        ...(answerKey
          ? [h('p', { class: 'key' }, h('strong', {}, 'Answer:'), ' ', item.key), h('p', { class: 'meta' }, item.explanation)]
          : [
              h('p', { class: 'instruction' }, item.instruction),
              item.options.length > 0 ? h('ul', { class: `sheet-options${item.instruction.startsWith('Number') ? ' numbered' : ''}` }, ...item.options.map((o) => h('li', {}, o))) : null,
              item.match ? h('div', { class: 'sheet-match' }, h('ul', { class: 'blanks' }, ...item.match.left.map((l) => h('li', {}, l))), h('ol', {}, ...item.match.right.map((r) => h('li', {}, r)))) : null,
              ...Array.from({ length: item.lines }, () => h('div', { class: 'answer-line' })),
            ]),
      ),
    ),
  );
  return h('article', { class: 'worksheet', 'data-mode': answerKey ? 'answer-key' : 'worksheet' }, head, list);
}

class TeacherPrint extends HTMLElement {
  connectedCallback(): void {
    addEventListener('hashchange', () => location.reload());
    void this.start();
  }

  private async start(): Promise<void> {
    // Without the bank, every question is reported below as missing.
    const all = (await loadQuestionBank()) ?? [];
    for (const el of this.querySelectorAll<HTMLElement>('[data-static]')) el.hidden = true;
    const decoded = await decodeAssignment(location.hash);
    if (!decoded.ok) {
      this.append(h('div', { class: 'notice', role: 'alert' }, h('p', {}, h('strong', {}, 'This assignment cannot be printed. '), decoded.message)));
      return;
    }
    const { assignment } = decoded;
    const byId = new Map(all.map((q) => [q.id, q]));
    const { present, missing } = resolveQuestions(assignment, new Set(byId.keys()));
    if (missing.length > 0) this.append(h('p', { class: 'notice no-print', role: 'status' }, missingMessage(missing, assignment.questionIds.length, await loadWithdrawn())));
    if (present.length === 0) return;
    const answerKey = new URLSearchParams(location.search).get('key') === '1';
    const subtitle = [assignment.classLabel, assignment.due ? `Due: ${assignment.due}` : '', `${present.length} questions`].filter(Boolean).join(' · ');
    this.append(sheet(present.map((id) => worksheetItem(byId.get(id)!)), answerKey, subtitle));
    document.title = `${answerKey ? 'Answer key' : 'Worksheet'}: assignment${assignment.classLabel ? ` for ${assignment.classLabel}` : ''}`;
  }
}

customElements.define('teacher-print', TeacherPrint);
