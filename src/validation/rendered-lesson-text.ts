// Rules that read a lesson as the student reads it: the rendered page, after the build, with every value inserted.
// `<Fact>` renders `<span class="fact" data-fact="id">value<span class="cite" data-fact="id">…</span></span>`
// (a disputed fact a `<span class="disputed" data-fact="id">` note), `<Cite>` renders `<span class="cite"
// data-fact="id">`. Three checks: an inserted value must not repeat the words just before it; a citation marker
// must hug its word; a judgement fact's sentence must name its source (see judgement-attribution.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, ELEMENT_NODE, TEXT_NODE, type Node as HtmlNode } from 'ultrahtml';
import type { Content, LessonBody } from '../lib/load-content.ts';
import type { ContentRule } from './rules.ts';
import type { Fact } from '../schemas/fact.ts';
import type { Source } from '../schemas/source.ts';
import { attributionIn, lastNamedSource, refersBack, sentenceAt, waysToName } from './judgement-attribution.ts';
import type { Problem } from './problem.ts';

/** A value, a disputed note or a citation marker in a block of text. Offsets are into the block's text. */
export interface Mark {
  kind: 'fact' | 'disputed' | 'cite';
  fact: string;
  start: number;
  end: number;
}

/** A paragraph, list item, heading…: its text as read (markers' own text left out) and what is inserted where. */
export interface Block {
  text: string;
  marks: Mark[];
  /** A heading: a new section starts, and an attribution cannot refer back past it. */
  heading?: boolean;
}

const BLOCKS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'td', 'th', 'dd', 'dt', 'figcaption', 'caption', 'div', 'section', 'article', 'aside', 'header', 'footer', 'nav', 'ol', 'ul', 'dl', 'table', 'tr', 'pre', 'details', 'summary', 'figure', 'br', 'hr']);
const SKIP = new Set(['script', 'style', 'template', 'svg']);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…' };
function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

const classes = (n: HtmlNode) => (n.attributes?.class ?? '').split(/\s+/);

/**
 * The blocks of the lesson's own text: the element marked `data-lesson-text` on the lesson page (or the whole
 * document when there is none, as in small fixtures). Whitespace is collapsed as a browser shows it.
 */
export function lessonBlocks(html: string): Block[] {
  const doc = parse(html);
  const blocks: Block[] = [];
  let current: Block = { text: '', marks: [] };
  const flush = () => {
    current.text = current.text.replace(/\s+$/, '');
    if (current.text || current.marks.length > 0) blocks.push(current);
    current = { text: '', marks: [] };
  };
  const append = (raw: string) => {
    let t = decode(raw).replace(/\s+/g, ' ');
    if ((current.text === '' || current.text.endsWith(' ')) && t.startsWith(' ')) t = t.slice(1);
    current.text += t;
  };
  const walk = (node: HtmlNode, inside: { fact?: string }) => {
    if (node.type === TEXT_NODE) return append(node.value);
    if (node.type !== ELEMENT_NODE) return (node.children ?? []).forEach((c: HtmlNode) => walk(c, inside));
    const name = (node.name as string).toLowerCase();
    if (SKIP.has(name)) return;
    const cls = classes(node);
    const fact = node.attributes['data-fact'] as string | undefined;
    if (cls.includes('cite')) {
      // The marker's own text ("[CACI 2020]") is not part of the sentence; a marker inside <Fact> is the value's.
      if (!inside.fact) current.marks.push({ kind: 'cite', fact: fact ?? '', start: current.text.length, end: current.text.length });
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    if (fact && (cls.includes('fact') || cls.includes('disputed'))) {
      const mark: Mark = { kind: cls.includes('fact') ? 'fact' : 'disputed', fact, start: current.text.length, end: 0 };
      current.marks.push(mark);
      for (const c of node.children ?? []) walk(c, { fact });
      mark.end = current.text.length;
      if (current.text.slice(mark.start, mark.end).startsWith(' ')) mark.start++;
    } else for (const c of node.children ?? []) walk(c, inside);
    if (/^h[1-6]$/.test(name)) current.heading = true;
    if (block) flush();
  };
  const root = findLessonText(doc) ?? doc;
  for (const c of root.children ?? []) walk(c, {});
  flush();
  return blocks;
}

function findLessonText(node: HtmlNode): HtmlNode | null {
  if (node.type === ELEMENT_NODE && node.attributes && 'data-lesson-text' in node.attributes) return node;
  for (const c of node.children ?? []) {
    const found = findLessonText(c);
    if (found) return found;
  }
  return null;
}

/** Words as compared: letters and digits, lower case ("5+1" → "5", "1"; "1990–1999" → "1990", "1999"). */
const words = (s: string) => (s.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []);
const sameRun = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((w, i) => w === b[i]);

/** Lead-in words a date already says: "the decade of 1990–1999", "in the year 2010". */
const TIME_WORDS = new Set(['year', 'years', 'decade', 'decades', 'month', 'months', 'date', 'day', 'period']);
const FILLERS = new Set(['of', 'the', 'a', 'an']);
const STOPWORDS = new Set(['the', 'and', 'for', 'with', 'from', 'that', 'this', 'its', 'their', 'was', 'were', 'are', 'has', 'had', 'have', 'who', 'which']);

/**
 * Why an inserted value repeats the words just before it, or null. Its opening words are the closing words of the
 * text ("the the United States", "Kazakhstan, Kazakhstan and Azerbaijan"); the whole value stands in the few words
 * before it ("X (X)", "the Middle Corridor, or Middle Corridor"); a bracketed value restates the words before its
 * bracket; a list names again the actor its sentence is about; or the author's lead-in already says what the value
 * is ("the decade of 1990–1999", "armed groups: 13 armed groups"). `leadInText` is the text before with other
 * inserted values blanked (default: all of it), so "320 foreign journalists and 120 Kazakh journalists" is two
 * values side by side, not a lead-in.
 */
export function repetition(before: string, value: string, fact: Fact | undefined, leadInText: string = before): string | null {
  const b = words(before);
  const v = words(value);
  if (v.length === 0 || b.length === 0) return null;
  for (let k = Math.min(v.length, b.length); k >= 1; k--) {
    if (sameRun(v.slice(0, k), b.slice(-k))) return `"${v.slice(0, k).join(' ')}" twice in a row`;
  }
  const window = b.slice(-(v.length + 3));
  for (let i = 0; i + v.length <= window.length; i++) {
    if (sameRun(window.slice(i, i + v.length), v)) return `the value "${value}" already stands just before it`;
  }
  // "the powers of Asia (China, the United States, Europe and Asian powers)": a bracketed value that restates the
  // words before its bracket.
  if (/\(\s*$/.test(before)) {
    const content = (ws: string[]) => new Set(ws.filter((w) => w.length > 2 && !STOPWORDS.has(w)));
    const inValue = content(v);
    const shared = [...content(b.slice(-6))].filter((w) => inValue.has(w));
    if (shared.length >= 2) return `the bracketed value repeats "${shared.join('", "')}" from just before it`;
  }
  // "Kazakhstan sat on the Council … as another post-Soviet state, Kazakhstan and Azerbaijan": a list that names
  // again the actor its sentence (or clause, after a colon or semicolon) is about: its first words.
  if (fact?.value?.kind === 'actors' && fact.value.actors.length > 1) {
    const sentence = words(sentenceAt(leadInText, leadInText.length).split(/[:;]\s/).at(-1)!).join(' ');
    const again = fact.value.actors.find((a) => `${sentence} `.startsWith(`${words(a).join(' ')} `));
    if (again) return `the list names ${again} again, the subject of its own sentence`;
  }
  const prose = words(leadInText);
  const leadIn = prose.slice(-3).filter((w) => !FILLERS.has(w)).slice(-2);
  const kind = fact?.value?.kind ?? fact?.citations.find((c) => c.value)?.value?.kind;
  leadIn.reverse(); // nearest word first
  if (kind === 'date' || kind === 'date-range') {
    const word = leadIn.find((w) => TIME_WORDS.has(w));
    if (word) return `the lead-in "${word}" before a date that already says it`;
  }
  if (kind === 'number') {
    const unit = v.filter((w) => !/^\d+$/.test(w) && w.length > 2);
    const word = leadIn.find((w) => unit.includes(w));
    if (word) return `the lead-in "${word}" before a count that already says it`;
  }
  return null;
}

export interface RenderedLesson {
  file: string;
  id: string;
  factRefs: LessonBody['factRefs'];
}

export interface RenderedProblems {
  repeats: Problem[];
  spacing: Problem[];
  attribution: Problem[];
}

/** Checks one rendered lesson page. `html` is the built page; lines come from the lesson's `<Fact>`/`<Cite>` references. */
export function checkRenderedLesson(lesson: RenderedLesson, html: string, facts: ReadonlyMap<string, Fact>, sources: ReadonlyMap<string, Source>): RenderedProblems {
  const out: RenderedProblems = { repeats: [], spacing: [], attribution: [] };
  // The n-th rendered value or standalone marker of a fact is the n-th <Fact> or <Cite> of that fact in the source.
  const seen = new Map<string, number>();
  const refFor = (m: Mark) => {
    const component = m.kind === 'cite' ? 'Cite' : 'Fact';
    const key = `${component}:${m.fact}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return lesson.factRefs.filter((r) => r.id === m.fact && r.component === component)[n];
  };
  // What the reader has read in this section so far: an attribution may refer back to a source named there.
  let section = '';
  for (const block of lessonBlocks(html)) {
    if (block.heading) section = '';
    for (const m of block.marks) {
      const ref = refFor(m);
      const tag = m.kind === 'cite' ? `<Cite fact="${m.fact}">` : `<Fact id="${m.fact}">`;
      const at = { file: lesson.file, ...(ref ? { line: ref.line } : {}), item: lesson.id, field: tag };
      const fact = facts.get(m.fact);
      if (m.kind === 'fact') {
        const value = block.text.slice(m.start, m.end);
        // The author's own words before the value: earlier inserted values in the block blanked out.
        let leadIn = block.text.slice(0, m.start);
        for (const other of block.marks) if (other !== m && other.kind !== 'cite' && other.end <= m.start) leadIn = leadIn.slice(0, other.start) + ' '.repeat(other.end - other.start) + leadIn.slice(other.end);
        const why = repetition(block.text.slice(0, m.start), value, fact, leadIn);
        if (why) out.repeats.push({ ...at, expected: 'an inserted value that does not repeat the words just before it', found: `${why}: "…${block.text.slice(Math.max(0, m.start - 40), m.end)}"` });
      }
      if (m.kind === 'cite') {
        const before = block.text.slice(0, m.start);
        if (before === '' || /\s$/.test(before)) {
          out.spacing.push({ ...at, expected: 'a citation marker right after its word, with no space before it', found: before === '' ? 'a marker with no word before it' : `a space before the marker: "…${before.slice(-40)}[…]"` });
        }
      }
      if (fact?.claim === 'judgement' && m.kind !== 'disputed') {
        // A disputed note names each source beside its claim, so it is attributed by construction.
        const sentence = sentenceAt(block.text, m.start, m.kind === 'cite');
        // Or it refers back ("the paper argues") to the source the reader met last in this section.
        const before = `${section} ${block.text.slice(0, Math.max(0, block.text.lastIndexOf(sentence, m.start)))}`;
        const citing = new Set(fact.citations.map((c) => c.source));
        const referredTo = refersBack(sentence) ? lastNamedSource(before, sources) : null;
        if (!attributionIn(sentence, fact, sources) && !(referredTo && citing.has(referredTo))) {
          out.attribution.push({ ...at, expected: `the sentence with judgement fact ${m.fact} naming its source (${waysToName(fact, sources)}), or referring back to it ("the paper argues …") when it was the last source named`, found: `"${sentence.length > 160 ? `${sentence.slice(0, 157)}…` : sentence}"` });
        }
      }
    }
    section += ` ${block.text}`;
  }
  return out;
}

/**
 * Checks every lesson page of a built site (`dist` is the output folder), by rule name. A lesson whose page is
 * missing is skipped: the build makes one per lesson, and a partial build has nothing to check.
 */
export function checkRenderedLessons(dist: string, content: Pick<Content, 'lessons' | 'facts' | 'sources'>): Map<ContentRule, Problem[]> {
  const facts = new Map(content.facts.map((f) => [f.id, f.data]));
  const sources = new Map(content.sources.map((s) => [s.id, s.data]));
  const byRule = new Map<ContentRule, Problem[]>([
    ['rendered-value-repeats', []],
    ['rendered-citation-spacing', []],
    ['judgement-attribution', []],
  ]);
  for (const lesson of content.lessons) {
    const page = join(dist, 'lessons', lesson.id, 'index.html');
    if (!existsSync(page)) continue;
    const found = checkRenderedLesson({ file: lesson.file, id: lesson.id, factRefs: lesson.data.factRefs }, readFileSync(page, 'utf8'), facts, sources);
    byRule.get('rendered-value-repeats')!.push(...found.repeats);
    byRule.get('rendered-citation-spacing')!.push(...found.spacing);
    byRule.get('judgement-attribution')!.push(...found.attribution);
  }
  return byRule;
}
