// What a question looks like on screen, written once for both sides: the quiz page renders every question with it at
// build time (for readers without JavaScript, and so the first question is on screen at first paint), and the quiz
// runner renders the next questions with it in the browser, and takes over the first one in place. A view is a small
// tree of elements; `viewToHtml` writes it as HTML (build time), `viewToDom` builds it in the browser.
//
// Element ids depend on the question id only, so one question is never on a page twice. Choices, ordering items
// and matching options are shown in an attempt's display order; their values are canonical indices (see types.ts).
//
// The words around the content come from the catalogue's `islands.quiz` section in the page's language: the page
// passes its catalogue at build time, the runner the strings its page sent (src/islands/strings.ts).
import type { IslandMessages } from '../i18n/messages/en.ts';
import { fill } from '../i18n/text.ts';
import { keyText } from './key-text.ts';
import { displayOrder, shuffled } from './shuffle.ts';
import type { Response, RuntimeQuestion } from './types.ts';

/** The words a question's screen needs, and the language of the page it is on. */
export interface QuestionWords {
  words: IslandMessages['quiz'];
  /** The page's `<html lang>`: quotes are verbatim English, so on another language's page they are marked `lang="en"`. */
  pageLang: string;
}

export interface View {
  tag: string;
  attrs?: Record<string, string | number | boolean | undefined>;
  children?: (View | string | null | false | undefined)[];
}

const el = (tag: string, attrs: View['attrs'] = {}, ...children: View['children'] & unknown[]): View => ({ tag, attrs, children });

/** The order in which an attempt asks its questions. */
export function questionOrder(ids: readonly string[], seed: number, shuffle: boolean): string[] {
  return shuffle ? shuffled(ids, seed) : ids.slice();
}

/** The order in which an attempt shows a question's choices, items or matching options (canonical indices). */
export function choiceOrder(q: RuntimeQuestion, seed: number, shuffle: boolean): number[] {
  const n = q.type === 'single-choice' || q.type === 'multiple-select' ? q.choices.length : q.type === 'ordering' ? q.items.length : q.type === 'matching' ? q.right.length : 0;
  return shuffle ? displayOrder(n, seed, q.id) : Array.from({ length: n }, (_, i) => i);
}

/** Ids of a question's elements. */
export const questionIds = (id: string) => ({ section: `question-${id}`, count: `question-${id}-count`, answer: `question-${id}-answer`, match: (i: number) => `question-${id}-match-${i}` });

/** One ordering item at a position, with its move buttons (inert until the runner takes over). */
export function orderingItem(q: Extract<RuntimeQuestion, { type: 'ordering' }>, item: number, pos: number, total: number, interactive: boolean, words: QuestionWords['words']): View {
  const text = q.items[item]!;
  return el(
    'li',
    { 'data-item': item },
    el('span', { class: 'pos', 'aria-hidden': 'true' }, `${pos + 1}`),
    el('span', { class: 'item-text' }, text),
    el(
      'span',
      { class: 'move' },
      el('button', { type: 'button', class: 'secondary', 'data-dir': 'up', 'data-item': item, 'aria-label': fill(words.moveUp, { item: text }), disabled: !interactive || pos === 0 }, '↑'),
      el('button', { type: 'button', class: 'secondary', 'data-dir': 'down', 'data-item': item, 'aria-label': fill(words.moveDown, { item: text }), disabled: !interactive || pos === total - 1 }, '↓'),
    ),
  );
}

/** The answer inputs of one question, with a saved (draft or checked) answer filled in. */
export function questionFieldset(q: RuntimeQuestion, order: readonly number[], saved: Response | undefined, interactive: boolean, { words }: QuestionWords): View {
  const name = `q-${q.id}`;
  const ids = questionIds(q.id);
  const body: View['children'] = [];
  switch (q.type) {
    case 'single-choice':
    case 'multiple-select': {
      const multiple = q.type === 'multiple-select';
      const chosen = saved?.type === 'single-choice' ? [saved.choice] : saved?.type === 'multiple-select' ? saved.choices : [];
      for (const i of order) {
        body.push(el('label', { class: 'option' }, el('input', { type: multiple ? 'checkbox' : 'radio', name, value: i, checked: chosen.includes(i) }), el('span', { class: 'option-text' }, q.choices[i]!)));
      }
      if (multiple) body.push(el('p', { class: 'meta' }, words.selectAll));
      break;
    }
    case 'true-false': {
      const value = saved?.type === 'true-false' ? saved.value : undefined;
      for (const [label, v] of [[words.true, true], [words.false, false]] as const) {
        body.push(el('label', { class: 'option' }, el('input', { type: 'radio', name, value: String(v), checked: value === v }), el('span', { class: 'option-text' }, label)));
      }
      break;
    }
    case 'numeric':
      body.push(
        el(
          'div',
          { class: 'numeric' },
          el('label', { for: ids.answer }, words.numericLabel),
          el('input', { type: 'text', inputmode: 'decimal', id: ids.answer, name, autocomplete: 'off', maxlength: 16, value: saved?.type === 'numeric' ? String(saved.value) : undefined }),
          q.unit ? el('span', { class: 'unit' }, q.unit) : null,
        ),
      );
      if (q.tolerance > 0) body.push(el('p', { class: 'meta' }, fill(words.tolerance, { n: q.tolerance })));
      break;
    case 'ordering': {
      const current = saved?.type === 'ordering' && saved.order.length === q.items.length ? saved.order : order;
      body.push(
        el('p', { class: 'meta' }, words.orderHelp),
        el('ol', { class: 'ordering-list' }, ...current.map((item, pos) => orderingItem(q, item, pos, current.length, interactive, words))),
      );
      break;
    }
    case 'matching': {
      const pairs = saved?.type === 'matching' ? saved.pairs : q.left.map(() => -1);
      q.left.forEach((left, i) =>
        body.push(
          el(
            'div',
            { class: 'match-row', 'data-left': i },
            el('label', { for: ids.match(i) }, left),
            el('select', { id: ids.match(i), name: `${name}-${i}` }, el('option', { value: '-1' }, words.choose), ...order.map((r) => el('option', { value: r, selected: pairs[i] === r }, q.right[r]!))),
          ),
        ),
      );
      break;
    }
  }
  // A question not yet translated keeps its own language (English) on everything that shows its words.
  return el('fieldset', { class: `question ${q.type}`, lang: q.lang }, el('legend', {}, q.prompt), ...body);
}

/** The answer, its explanation and the cited facts: the feedback after a check, and "Show answer" without JavaScript. */
export function answerViews(q: RuntimeQuestion, withKey: boolean, { words, pageLang }: QuestionWords): View[] {
  // Quotes are verbatim English; on a page in another language they say so, and their translation follows.
  const quoteLang = pageLang === 'en' ? undefined : 'en';
  return [
    withKey ? el('p', { class: 'key' }, el('strong', {}, words.answer), keyText(q, words)) : null,
    el('p', { class: 'explanation' }, q.explanation),
    ...q.facts.map((f) =>
      el(
        'blockquote',
        { class: 'fact-quote' },
        el('p', {}, f.statement),
        el('p', {}, '“', el('span', { lang: quoteLang }, f.quote), '” — ', f.href ? el('a', { href: f.href }, f.source) : f.source),
        f.translation ? el('p', { class: 'quote-translation' }, fill(words.quoteTranslation, { text: f.translation })) : null,
      ),
    ),
    q.lessonHref ? el('p', {}, el('a', { href: q.lessonHref }, words.readSection)) : null,
  ].filter((v): v is View => v !== null);
}

/**
 * One question's screen: its number, a progress bar, the inputs. Built at build time (`interactive: false`) it also
 * carries a "Show answer" disclosure for readers without JavaScript (`showAnswer` is its label), which the runner
 * removes when it takes over.
 */
export function questionSection(q: RuntimeQuestion, position: number, total: number, order: readonly number[], saved: Response | undefined, interactive: boolean, text: QuestionWords, showAnswer?: string): View {
  const ids = questionIds(q.id);
  return el(
    'section',
    { class: 'quiz-question', id: ids.section, 'data-question': q.id, 'aria-labelledby': ids.count },
    el('progress', { max: total, value: position, 'aria-hidden': 'true' }),
    el('h2', { class: 'q-count', id: ids.count, tabindex: -1 }, fill(text.words.questionOf, { n: position + 1, total })),
    questionFieldset(q, order, saved, interactive, text),
    interactive || showAnswer === undefined ? null : el('details', { class: 'static-answer', lang: q.lang }, el('summary', { lang: q.lang && text.pageLang }, showAnswer), ...answerViews(q, true, text)),
  );
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (s: string) => s.replace(/[&<>"]/g, (c) => escapes[c]!);
const VOID = new Set(['input', 'br', 'img', 'hr', 'meta', 'link']);

/** The view as HTML, every text and attribute escaped (build time). */
export function viewToHtml(view: View | string): string {
  if (typeof view === 'string') return escape(view);
  const attrs = Object.entries(view.attrs ?? {})
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escape(String(v))}"`))
    .join('');
  if (VOID.has(view.tag)) return `<${view.tag}${attrs}>`;
  return `<${view.tag}${attrs}>${(view.children ?? []).map((c) => (c ? viewToHtml(c) : '')).join('')}</${view.tag}>`;
}

/** The view as elements (in the browser). Text goes in as text nodes, never as HTML. */
export function viewToDom(view: View): HTMLElement {
  const node = document.createElement(view.tag);
  for (const [k, v] of Object.entries(view.attrs ?? {})) {
    if (v === undefined || v === false) continue;
    node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of view.children ?? []) if (c) node.append(typeof c === 'string' ? c : viewToDom(c));
  return node;
}
