// Nothing typed that the data knows: a year, a date or a question count written by hand goes stale the day a fact
// or a quiz is corrected, so each comes from the data — `<Fact>` in lessons, `{fact:id|form}` and `{questions}`
// placeholders in front matter and quiz text, a formatted value in a page's expressions.
import { fieldLine, type Content } from '../lib/load-content.ts';
import { withoutPlaceholders } from '../lib/placeholders.ts';
import type { Problem } from './problem.ts';

const YEAR = /\b(1[89]\d\d|20\d\d)\b/g;
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** A day and month with no year after it ("23 January", "January 23"); with a year, the year is reported. */
const DAY_MONTH = new RegExp(`\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?)\\b(?!,?\\s+\\d{4})`, 'g');
const NUMBER_WORD = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?';
/** "Sixteen questions", "16 short questions". */
const QUESTION_COUNT = new RegExp(`\\b${NUMBER_WORD}\\s+(?:[a-z-]+\\s+)?questions?\\b`, 'gi');

/**
 * Text as the checks read it: quotations (a source's own words) and link targets do not count as typed. They are
 * blanked, not removed, so positions (and lines) stay where they were.
 */
function unquoted(text: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return text.replace(/\]\([^)]*\)/g, blank).replace(/"[^"]*"|“[^”]*”/g, blank);
}

function datesIn(plain: string): { found: string; index: number }[] {
  return [...[...plain.matchAll(YEAR)].map((m) => ({ found: `the year ${m[1]}`, index: m.index })), ...[...plain.matchAll(DAY_MONTH)].map((m) => ({ found: `the date "${m[0]}"`, index: m.index }))].sort((a, b) => a.index - b.index);
}

/** Every year or date typed into `text`, as a message ("the year 2010", "the date 23 January"). */
export function typedDates(text: string): string[] {
  return datesIn(unquoted(withoutPlaceholders(text))).map((m) => m.found);
}

/** Every question count typed into `text` ("Sixteen questions"). */
export function typedQuestionCounts(text: string): string[] {
  return [...withoutPlaceholders(text).matchAll(QUESTION_COUNT)].map((m) => `"${m[0]}"`);
}

/**
 * A year in a lesson's prose must come from the fact dataset through `<Fact id>`, so that correcting a fact
 * corrects every lesson. Years inside quotations, link targets and components are not counted.
 */
export function validateTypedYears(content: Pick<Content, 'lessons'>): Problem[] {
  return content.lessons.flatMap((lesson) =>
    lesson.data.typedYears.map((y) => ({
      file: lesson.file,
      line: y.line,
      item: lesson.id,
      field: '(prose)',
      expected: 'years inserted from the fact dataset with <Fact id="…" />',
      found: `the year ${y.year} typed into the text`,
    })),
  );
}

const FROM_DATA = 'years and dates inserted from the fact dataset with {fact:<id>|year} (or |month, |date)';

/**
 * Lesson front matter (title, description, objectives, discussion), quiz titles and descriptions and glossary
 * definitions: no typed years or dates, and no typed question counts in a quiz's title or description.
 */
export function validateTypedValuesInContent(content: Pick<Content, 'lessons' | 'quizzes' | 'glossary'>): Problem[] {
  const problems: Problem[] = [];
  const check = (at: { file: string; line?: number; item: string }, field: string, text: string, counts: boolean) => {
    for (const found of typedDates(text)) problems.push({ ...at, field, expected: FROM_DATA, found: `${found} typed into the text` });
    if (counts) for (const found of typedQuestionCounts(text)) problems.push({ ...at, field, expected: 'the number of questions written {questions}, counted from the quiz', found: `${found} typed into the text` });
  };
  for (const lesson of content.lessons) {
    const l = lesson.data;
    const fields: [string, string][] = [['title', l.title], ['description', l.description], ...l.objectives.map((t, i): [string, string] => [`objectives.${i}`, t]), ...l.discussion.map((t, i): [string, string] => [`discussion.${i}`, t])];
    for (const [field, text] of fields) check({ file: lesson.file, line: fieldLine(lesson, field), item: lesson.id }, field, text, false);
  }
  for (const quiz of content.quizzes) {
    const at = { file: quiz.file, line: 1, item: quiz.id };
    check(at, 'title', quiz.data.title, true);
    if (quiz.data.description !== undefined) check(at, 'description', quiz.data.description, true);
  }
  for (const term of content.glossary) check({ file: term.file, line: term.line, item: term.id }, 'definition', term.data.definition, false);
  return problems;
}

const ATTRIBUTE = /([A-Za-z][\w:-]*)\s*=\s*(["'])/y;

/** Attributes whose values are copy a reader sees (or a search engine shows). */
const TEXT_ATTRIBUTES = new Set(['title', 'description', 'alt', 'aria-label', 'placeholder', 'content', 'label']);

/**
 * The copy of an `.astro` file: its text and the values of its text attributes, outside the front matter,
 * expressions (`{…}`), scripts, styles and comments. Each piece with its 1-based line.
 */
export function pageCopy(source: string): { text: string; line: number; field: string }[] {
  const out: { text: string; line: number; field: string }[] = [];
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  // Keep line numbers: what is not copy is blanked out, not removed.
  let text = source.replace(/^---\r?\n[\s\S]*?\r?\n---/, blank);
  text = text.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, blank).replace(/<!--[\s\S]*?-->/g, blank);
  let line = 1;
  let i = 0;
  let piece = '';
  let pieceLine = 1;
  const flush = () => {
    if (piece.trim()) out.push({ text: piece.trimStart(), line: pieceLine, field: '(copy)' });
    piece = '';
  };
  const skipExpression = () => {
    // From the "{" at i to its matching "}", skipping quoted strings.
    let depth = 0;
    for (; i < text.length; i++) {
      const c = text[i]!;
      if (c === '\n') line++;
      if (c === '"' || c === "'") {
        const end = text.indexOf(c, i + 1);
        if (end < 0) break;
        line += (text.slice(i, end).match(/\n/g) ?? []).length;
        i = end;
      } else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) return;
    }
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === '{') {
      flush();
      skipExpression();
      i++;
      continue;
    }
    if (c === '<' && /[A-Za-z/!]/.test(text[i + 1] ?? '')) {
      flush();
      // A tag: read its attributes, keep the quoted values of text attributes.
      i++;
      while (i < text.length && text[i] !== '>') {
        if (text[i] === '\n') line++;
        if (text[i] === '{') {
          skipExpression();
          i++;
          continue;
        }
        ATTRIBUTE.lastIndex = i;
        const attr = ATTRIBUTE.exec(text);
        if (attr) {
          const start = i + attr[0].length;
          const end = text.indexOf(attr[2]!, start);
          if (end < 0) break;
          const value = text.slice(start, end);
          if (TEXT_ATTRIBUTES.has(attr[1]!.toLowerCase())) out.push({ text: value, line, field: `${attr[1]} attribute` });
          line += (value.match(/\n/g) ?? []).length;
          i = end + 1;
          continue;
        }
        i++;
      }
      i++;
      pieceLine = line;
      continue;
    }
    if (!piece.trim()) pieceLine = line;
    piece += c;
    if (c === '\n') line++;
    i++;
  }
  flush();
  return out;
}

/** The site's own pages, layouts and components: no year or date typed into their copy. */
export function validateTypedValuesInPages(content: Pick<Content, 'pages'>): Problem[] {
  const problems: Problem[] = [];
  for (const page of content.pages) {
    for (const piece of pageCopy(page.text)) {
      for (const { found, index } of datesIn(unquoted(piece.text))) {
        problems.push({
          file: page.file,
          // The line of the year itself, not of the start of its piece of text.
          line: piece.line + (piece.text.slice(0, index).match(/\n/g) ?? []).length,
          item: page.file.replace(/^.*\//, ''),
          field: piece.field,
          expected: 'years and dates from the fact dataset, formatted in an expression ({…}), not typed into page copy',
          found: `${found} typed into the text`,
        });
      }
    }
  }
  return problems;
}
