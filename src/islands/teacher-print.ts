/**
 * <teacher-print>: an assignment's worksheet or answer key (`?key=1`), built from the link in the fragment with
 * the same wording as the static print pages (src/teach/worksheet.ts). Text only, never markup.
 */
import { decodeAssignment, resolveQuestions } from '../teach/assignment-link.ts';
import { loadWithdrawn } from './withdrawn-questions.ts';
import { worksheetItem, type WorksheetItem } from '../teach/worksheet.ts';
import { h } from './dom.ts';
import { fill, strings } from './strings.ts';
import { countIn } from './count.ts';
import { linkMessage, missingText } from './link-messages.ts';
import { loadQuestionBank } from './question-bank.ts';

function sheet(items: WorksheetItem[], answerKey: boolean, subtitle: string): HTMLElement {
  const t = strings('teacherPrint');
  const w = strings('worksheet');
  const head = h('header', { class: 'worksheet-head' }, h('h1', {}, answerKey ? t.keyTitle : t.title), h('p', { class: 'meta' }, subtitle));
  if (!answerKey) head.append(h('p', {}, w.name, h('span', { class: 'write-in' })), h('p', {}, w.classAndDate, h('span', { class: 'write-in' })));
  const list = h(
    'ol',
    { class: 'sheet-list' },
    ...items.map((item) =>
      h(
        'li',
        {},
        h('p', { class: 'prompt' }, item.prompt),
        ...(answerKey
          ? [h('p', { class: 'key' }, h('strong', {}, w.answer), ' ', item.key), h('p', { class: 'meta' }, item.explanation)]
          : [
              h('p', { class: 'instruction' }, item.instruction),
              item.options.length > 0 ? h('ul', { class: `sheet-options${item.numbered ? ' numbered' : ''}` }, ...item.options.map((o) => h('li', {}, o))) : null,
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
    const all = (await loadQuestionBank(this.dataset.questionsHref)) ?? [];
    const t = strings('teacherPrint');
    for (const el of this.querySelectorAll<HTMLElement>('[data-static]')) el.hidden = true;
    const decoded = await decodeAssignment(location.hash);
    if (!decoded.ok) {
      this.append(h('div', { class: 'notice', role: 'alert' }, h('p', {}, h('strong', {}, t.cannotPrint), linkMessage(decoded.problem))));
      return;
    }
    const { assignment } = decoded;
    const byId = new Map(all.map((q) => [q.id, q]));
    const { present, missing } = resolveQuestions(assignment, new Set(byId.keys()));
    if (missing.length > 0) this.append(h('p', { class: 'notice no-print', role: 'status' }, missingText(missing, assignment.questionIds.length, await loadWithdrawn())));
    if (present.length === 0) return;
    const answerKey = new URLSearchParams(location.search).get('key') === '1';
    const subtitle = [assignment.classLabel, assignment.due ? fill(t.due, { due: assignment.due }) : '', countIn(t.count, present.length)].filter(Boolean).join(' · ');
    this.append(sheet(present.map((id) => worksheetItem(byId.get(id)!, strings('worksheet'))), answerKey, subtitle));
    document.title = `${answerKey ? t.docKey : t.docWorksheet}${assignment.classLabel ? fill(t.docFor, { class: assignment.classLabel }) : ''}`;
  }
}

customElements.define('teacher-print', TeacherPrint);
