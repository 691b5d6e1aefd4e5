import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument, isMap, isSeq, LineCounter, type Document, type Node } from 'yaml';
import { load as loadFast, CORE_SCHEMA } from 'js-yaml';
import GithubSlugger from 'github-slugger';
import type { z } from 'astro/zod';
import { factSchema, type Fact } from '../schemas/fact.ts';
import { sourceSchema, type Source } from '../schemas/source.ts';
import { glossarySchema, type GlossaryTerm } from '../schemas/glossary.ts';
import { lessonSchema, type LessonFrontmatter } from '../schemas/lesson.ts';
import { quizSchema, type Quiz } from '../schemas/quiz.ts';
import { nameSchema, type NameEntry } from '../schemas/name.ts';
import { placeSchema, type Place } from '../schemas/place.ts';
import { mapDataSchema, type MapData } from '../schemas/map-data.ts';
import { retiredQuestionSchema, type RetiredQuestion } from '../schemas/retired.ts';
import { show, type Problem } from '../validation/problem.ts';

/** Where each kind of content lives, relative to the project root (fixtures in tests use their own). */
export interface ContentPaths {
  sources: string;
  factsDir: string;
  glossaryDir: string;
  lessonsDir: string;
  quizzesDir: string;
  /** The names table: what each name in a fact value is (state, city, person…). Without one, no gazetteer rules run. */
  names?: string;
  /** The gazetteer: where each place that fact values name is. */
  places?: string;
  /** What the maps draw: roles (as fact ids) and the sets of talks. */
  mapData?: string;
  /** Withdrawn question ids (optional in small fixtures). */
  retired: string;
  /** Folders of the site's own pages, layouts and components, whose copy must not type what the data knows. */
  pageDirs: string[];
}

export const defaultPaths: ContentPaths = {
  sources: 'src/data/sources.yaml',
  factsDir: 'src/data/facts',
  glossaryDir: 'src/data/glossary',
  lessonsDir: 'lessons',
  quizzesDir: 'quizzes',
  names: 'src/data/names/en.yaml',
  places: 'src/data/places.yaml',
  mapData: 'src/data/map.yaml',
  retired: 'src/data/retired-questions.yaml',
  pageDirs: ['src/pages', 'src/layouts', 'src/components'],
};

/** A parsed item with where it came from, so every later problem can name file, line and id. */
export interface Located<T> {
  file: string;
  line?: number;
  id: string;
  data: T;
  /** Lines of sub-items by id (questions inside a quiz). */
  lines?: Map<string, number>;
}

export interface LessonBody {
  slug: string;
  /** Heading anchors, as Astro's MDX renders them (github-slugger). */
  anchors: string[];
  /** The same headings with their level and line, to tell which section a line of the body belongs to. */
  headings: { anchor: string; depth: number; line: number }[];
  /** `<Fact id form>`, `<Cite fact>` references in the body. */
  factRefs: { id: string; line: number; component: 'Fact' | 'Cite'; form?: string; source?: string }[];
  /** `<Term id>` references in the body. */
  termRefs: { id: string; line: number }[];
  words: number;
  /** Years written straight into the prose instead of inserted with `<Fact>`. */
  typedYears: { year: string; line: number }[];
}

export interface Content {
  sources: Located<Source>[];
  facts: Located<Fact>[];
  glossary: Located<GlossaryTerm>[];
  lessons: Located<LessonFrontmatter & LessonBody>[];
  quizzes: Located<Quiz>[];
  /** The names table, or null when the content has none (then the gazetteer rules do not apply). Ids are the names. */
  names: Located<NameEntry>[] | null;
  /** The gazetteer (empty when there is none). Ids are the place names. */
  places: Located<Place>[];
  /** What the maps draw, or null when the content has none. */
  mapData: Located<MapData> | null;
  /** Question ids withdrawn from the quizzes. */
  retired: Located<RetiredQuestion>[];
  /** The site's `.astro` pages, layouts and components (path and text), for the rules on page copy. */
  pages: { file: string; text: string }[];
  /** Ids of items that exist but failed their schema: already reported, so references to them are not. */
  unparsed: Set<string>;
}

function listFiles(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => ext.test(f))
    .sort()
    .map((f) => join(dir, f));
}

function listFilesDeep(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => ext.test(f))
    .sort()
    .map((f) => join(dir, f));
}

function schemaProblems(issues: z.core.$ZodIssue[], raw: unknown, file: string, item: string, line?: number): Problem[] {
  return issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return { file, line, item, field: issue.path.join('.') || '(item)', expected: 'only the fields the schema defines (check spelling, and quote text containing commas or colons)', found: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}` };
    }
    let found: unknown = raw;
    for (const key of issue.path) found = found && typeof found === 'object' ? (found as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined;
    return {
      file,
      line,
      item,
      field: issue.path.join('.') || '(item)',
      expected: issue.message.replace(/^Invalid (?:input|option): expected /, '').replace(/, received \w+$/, ''),
      found: show(found),
    };
  });
}

function rawId(raw: unknown, fallback: string, key = 'id'): string {
  const id = raw && typeof raw === 'object' ? (raw as Record<string, unknown>)[key] : undefined;
  return typeof id === 'string' && id.length > 0 ? id : fallback;
}

/*
 * Two YAML parsers, one result. `yaml` keeps source positions, so every problem can name its line, but it parses
 * large content about ten times slower than js-yaml (it was 85–90 % of validating 20,000 facts). So a file is first
 * read with js-yaml (YAML 1.2 core schema, like `yaml`'s default), item lines found by their `- ` markers; only when
 * that file has anything wrong, or its lines cannot be matched up, is it read again precisely, and the problems
 * come from that precise reading. Valid content loads identically either way (a unit test compares them).
 */
function parseFast(text: string): unknown {
  try {
    return loadFast(text, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
}

/** Lines (1-based) where items of a block sequence at `indent` spaces start. */
function itemLines(text: string, indent: number): number[] {
  const marker = `${' '.repeat(indent)}- `;
  const lines: number[] = [];
  let line = 1;
  let start = 0;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    if (text.startsWith(marker, start) || (text.startsWith(marker.trimEnd(), start) && stop - start === marker.length - 1)) lines.push(line);
    if (end === -1) break;
    start = end + 1;
    line++;
  }
  return lines;
}

function readListFast<T>(text: string, file: string, schema: z.ZodType<T>, idKey = 'id'): Located<T>[] | null {
  const raw = parseFast(text);
  if (!Array.isArray(raw)) return null;
  const lines = itemLines(text, 0);
  if (lines.length !== raw.length) return null;
  const out: Located<T>[] = [];
  for (let i = 0; i < raw.length; i++) {
    const parsed = schema.safeParse(raw[i]);
    if (!parsed.success) return null;
    out.push({ file, line: lines[i], id: rawId(raw[i], `#${i}`, idKey), data: parsed.data });
  }
  return out;
}

/** Reads a YAML file holding a list of items, each checked against the schema. */
function readList<T>(path: string, root: string, schema: z.ZodType<T>, problems: Problem[], unparsed: Set<string>, fastFirst = true, idKey = 'id'): Located<T>[] {
  const file = relative(root, path);
  const text = readFileSync(path, 'utf8');
  const fast = fastFirst ? readListFast(text, file, schema, idKey) : null;
  if (fast) return fast;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      problems.push({ file, line: lineCounter.linePos(e.pos[0]).line, item: '(file)', field: '(yaml)', expected: 'well-formed YAML', found: e.message.split('\n')[0]! });
    }
    return [];
  }
  const raw = doc.toJS() as unknown;
  if (!Array.isArray(raw) || !isSeq(doc.contents)) {
    problems.push({ file, item: '(file)', field: '(root)', expected: 'a list of items', found: show(raw) });
    return [];
  }
  const nodes = doc.contents.items;
  const out: Located<T>[] = [];
  raw.forEach((item, i) => {
    const range = (nodes[i] as Node | undefined)?.range;
    const line = range ? lineCounter.linePos(range[0]).line : undefined;
    const id = rawId(item, `#${i}`, idKey);
    const parsed = schema.safeParse(item);
    if (parsed.success) out.push({ file, line, id, data: parsed.data });
    else {
      unparsed.add(id);
      problems.push(...schemaProblems(parsed.error.issues, item, file, id, line));
    }
  });
  return out;
}

/** Reads a YAML file holding one object (a small settings-like file), precisely, with each problem's line. */
function readObject<T>(path: string, root: string, schema: z.ZodType<T>, item: string, problems: Problem[]): Located<T> | null {
  const file = relative(root, path);
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) problems.push({ file, line: lineCounter.linePos(e.pos[0]).line, item, field: '(yaml)', expected: 'well-formed YAML', found: e.message.split('\n')[0]! });
    return null;
  }
  const raw = doc.toJS() as unknown;
  const parsed = schema.safeParse(raw);
  if (parsed.success) {
    // Lines of list items (`roles.host.0`, `talks.2`), so rules can point at the entry they are about.
    const lines = new Map<string, number>();
    const visit = (node: unknown, path: string) => {
      if (isSeq(node)) node.items.forEach((child, i) => {
        const range = (child as Node).range;
        if (range) lines.set(`${path}.${i}`, lineCounter.linePos(range[0]).line);
      });
      else if (isMap(node)) for (const pair of node.items) visit(pair.value, path ? `${path}.${String((pair.key as { value?: unknown }).value)}` : String((pair.key as { value?: unknown }).value));
    };
    visit(doc.contents, '');
    return { file, line: 1, id: item, data: parsed.data, lines };
  }
  for (const issue of parsed.error.issues) {
    const node = doc.getIn(issue.path as (string | number)[], true) as Node | undefined;
    const line = node?.range ? lineCounter.linePos(node.range[0]).line : 1;
    problems.push(...schemaProblems([issue], raw, file, item, line));
  }
  return null;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** A lesson file (English or translated): its front matter as a YAML document with line positions, and its body. */
export interface LessonFile {
  file: string;
  slug: string;
  doc: Document;
  lineCounter: LineCounter;
  body: string;
  /** The file's line on which the body starts. */
  firstBodyLine: number;
}

/**
 * Reads a lesson file's front matter and body. Missing or malformed front matter is reported (every YAML error with
 * its line) and gives null; `found` hears of a slug whose front matter exists, before its YAML is checked.
 */
export function readLessonFile(path: string, root: string, problems: Problem[], found?: (slug: string) => void): LessonFile | null {
  const file = relative(root, path);
  const slug = path.replace(/^.*[\\/]/, '').replace(/\.mdx?$/, '');
  const text = readFileSync(path, 'utf8');
  const fm = FRONTMATTER.exec(text);
  if (!fm) {
    problems.push({ file, line: 1, item: slug, field: '(front matter)', expected: 'front matter between --- lines at the top', found: show(text.slice(0, 40)) });
    return null;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(fm[1]!, { lineCounter, prettyErrors: false });
  found?.(slug);
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      problems.push({ file, line: lineCounter.linePos(e.pos[0]).line + 1, item: slug, field: '(front matter)', expected: 'well-formed YAML', found: e.message.split('\n')[0]! });
    }
    return null;
  }
  return { file, slug, doc, lineCounter, body: text.slice(fm[0].length), firstBodyLine: fm[0].split('\n').length };
}

/** Reads what validation needs from an MDX lesson: front matter, heading anchors and references. */
export function readLessonBody(slug: string, body: string, firstBodyLine: number): LessonBody {
  const slugger = new GithubSlugger();
  const anchors: string[] = [];
  const headings: LessonBody['headings'] = [];
  const factRefs: LessonBody['factRefs'] = [];
  const termRefs: LessonBody['termRefs'] = [];
  const typedYears: LessonBody['typedYears'] = [];
  let inFence = false;
  let prose = '';
  body.split('\n').forEach((text, i) => {
    const line = firstBodyLine + i;
    if (/^\s*```/.test(text)) inFence = !inFence;
    if (inFence) return;
    const heading = /^(#{2,4})\s+(.+?)\s*#*\s*$/.exec(text);
    if (heading) {
      const anchor = slugger.slug(heading[2]!.replace(/[*_`]/g, ''));
      anchors.push(anchor);
      headings.push({ anchor, depth: heading[1]!.length, line });
    }
    for (const m of text.matchAll(/<(Fact|Cite|Term)\b([^>]*)>/g)) {
      const attr = /\b(?:id|fact)=["']([^"']+)["']/.exec(m[2]!);
      if (!attr) continue;
      if (m[1] === 'Term') termRefs.push({ id: attr[1]!, line });
      else {
        const form = /\bform=["']([^"']+)["']/.exec(m[2]!)?.[1];
        const source = m[1] === 'Cite' ? /\bsource=["']([^"']+)["']/.exec(m[2]!)?.[1] : undefined;
        factRefs.push({ id: attr[1]!, line, component: m[1] as 'Fact' | 'Cite', ...(form ? { form } : {}), ...(source ? { source } : {}) });
      }
    }
    prose += ` ${text.replace(/<[^>]+>/g, ' ')}`;
    // Years typed in the prose itself (not in components, link targets or quotations) bypass the dataset.
    const plain = text.replace(/<[^>]+>/g, ' ').replace(/\]\([^)]*\)/g, ']').replace(/"[^"]*"|“[^”]*”/g, ' ');
    for (const m of plain.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)) typedYears.push({ year: m[1]!, line });
  });
  const words = prose.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
  return { slug, anchors, headings, factRefs, termRefs, words, typedYears };
}

function readLesson(path: string, root: string, problems: Problem[], unparsed: Set<string>): Located<LessonFrontmatter & LessonBody> | null {
  const lesson = readLessonFile(path, root, problems, (slug) => unparsed.add(slug));
  if (!lesson) return null;
  const { file, slug, doc, lineCounter, body, firstBodyLine } = lesson;
  const raw = doc.toJS() as unknown;
  const parsed = lessonSchema.safeParse(raw);
  if (!parsed.success) {
    problems.push(...schemaProblems(parsed.error.issues, raw, file, slug, 1));
    return null;
  }
  unparsed.delete(slug);
  // Lines of front-matter fields ("title", "objectives.2"), so a problem in one points at it (line 1 is the ---).
  const lines = new Map<string, number>();
  const at = (path: (string | number)[]) => {
    const range = (doc.getIn(path, true) as Node | undefined)?.range;
    if (range) lines.set(path.join('.'), lineCounter.linePos(range[0]).line + 1);
  };
  for (const key of ['title', 'description', 'order', 'quiz', 'topics'] as const) at([key]);
  parsed.data.objectives.forEach((_, i) => at(['objectives', i]));
  parsed.data.discussion.forEach((_, i) => at(['discussion', i]));
  return { file, line: 1, id: slug, lines, data: { ...parsed.data, ...readLessonBody(slug, body, firstBodyLine) } };
}

/** The fast reading of a quiz (see `parseFast`); null sends the file to the precise reading. */
function readQuizFast(text: string, file: string, name: string): Located<Quiz> | null {
  const raw = parseFast(text);
  const parsed = quizSchema.safeParse(raw);
  if (!parsed.success || parsed.data.id !== name) return null;
  const questions = parsed.data.questions;
  // Questions are a block sequence under `questions:`, indented as the file indents it.
  const indent = /^questions:\s*\n( *)- /m.exec(text)?.[1]?.length;
  if (indent === undefined) return questions.length === 0 ? { file, line: 1, id: parsed.data.id, data: parsed.data, lines: new Map() } : null;
  const lines = itemLines(text, indent).filter((l) => l > (text.slice(0, text.search(/^questions:/m)).split('\n').length));
  if (lines.length !== questions.length) return null;
  return { file, line: 1, id: parsed.data.id, data: parsed.data, lines: new Map(questions.map((q, i) => [q.id, lines[i]!])) };
}

function readQuiz(path: string, root: string, problems: Problem[], unparsed: Set<string>, fastFirst = true): Located<Quiz> | null {
  const file = relative(root, path);
  const name = path.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/, '');
  const text = readFileSync(path, 'utf8');
  const fast = fastFirst ? readQuizFast(text, file, name) : null;
  if (fast) return fast;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      problems.push({ file, line: lineCounter.linePos(e.pos[0]).line, item: name, field: '(yaml)', expected: 'well-formed YAML', found: e.message.split('\n')[0]! });
    }
    unparsed.add(name);
    return null;
  }
  const raw = doc.toJS() as unknown;
  const parsed = quizSchema.safeParse(raw);
  if (!parsed.success) {
    unparsed.add(rawId(raw, name));
    for (const q of (raw as { questions?: unknown[] } | null)?.questions ?? []) unparsed.add(rawId(q, ''));
    // Name the question, not just the quiz, when the issue is inside one.
    for (const issue of parsed.error.issues) {
      const [k, i] = issue.path;
      const question = k === 'questions' && typeof i === 'number' ? (raw as { questions: unknown[] }).questions[i] : undefined;
      const item = question ? rawId(question, `question #${String(i)}`) : rawId(raw, name);
      const sub = question ? { ...issue, path: issue.path.slice(2) } : issue;
      const qNode = question ? (doc.getIn(['questions', i], true) as Node | undefined) : undefined;
      const line = qNode?.range ? lineCounter.linePos(qNode.range[0]).line : 1;
      problems.push(...schemaProblems([sub], question ?? raw, file, item, line));
    }
    return null;
  }
  if (parsed.data.id !== name) {
    problems.push({ file, line: 1, item: parsed.data.id, field: 'id', expected: `the file name (${name})`, found: show(parsed.data.id) });
  }
  const lines = new Map<string, number>();
  parsed.data.questions.forEach((q, i) => {
    const node = doc.getIn(['questions', i], true) as Node | undefined;
    if (node?.range) lines.set(q.id, lineCounter.linePos(node.range[0]).line);
  });
  return { file, line: 1, id: parsed.data.id, data: parsed.data, lines };
}

/**
 * Runs `fn` with `process.env` replaced by a plain copy, restored before returning. The `yaml` parser reads
 * `process.env.LOG_TOKENS` once per token, and in Node every `process.env` read is a call into the native
 * environment: on large content that was the parser's single biggest self-time item (see `npm run bench`).
 * Values read are the same, and nothing else runs meanwhile (loading is synchronous), so results are identical.
 */
function withPlainEnv<T>(fn: () => T): T {
  const env = process.env;
  process.env = { ...env };
  try {
    return fn();
  } finally {
    process.env = env;
  }
}

/** Reads every content file under `root`. Never throws for bad content: everything wrong is a problem. */
export function loadContent(root: string, paths: ContentPaths = defaultPaths, options: { fastFirst?: boolean } = {}): { content: Content; problems: Problem[] } {
  return withPlainEnv(() => readContent(root, paths, options.fastFirst ?? true));
}

function readContent(root: string, paths: ContentPaths, fastFirst: boolean): { content: Content; problems: Problem[] } {
  const problems: Problem[] = [];
  const unparsed = new Set<string>();
  const at = (p: string) => join(root, p);
  const content: Content = {
    sources: existsSync(at(paths.sources)) ? readList(at(paths.sources), root, sourceSchema, problems, unparsed, fastFirst) : [],
    facts: listFiles(at(paths.factsDir), /\.ya?ml$/).flatMap((f) => readList(f, root, factSchema, problems, unparsed, fastFirst)),
    glossary: listFiles(at(paths.glossaryDir), /\.ya?ml$/).flatMap((f) => readList(f, root, glossarySchema, problems, unparsed, fastFirst)),
    lessons: listFiles(at(paths.lessonsDir), /\.mdx?$/).flatMap((f) => readLesson(f, root, problems, unparsed) ?? []),
    quizzes: listFiles(at(paths.quizzesDir), /\.ya?ml$/).flatMap((f) => readQuiz(f, root, problems, unparsed, fastFirst) ?? []),
    names: paths.names && existsSync(at(paths.names)) ? readList(at(paths.names), root, nameSchema, problems, unparsed, fastFirst, 'name') : null,
    places: paths.places && existsSync(at(paths.places)) ? readList(at(paths.places), root, placeSchema, problems, unparsed, fastFirst, 'name') : [],
    mapData: paths.mapData && existsSync(at(paths.mapData)) ? readObject(at(paths.mapData), root, mapDataSchema, 'map', problems) : null,
    retired: existsSync(at(paths.retired)) ? readList(at(paths.retired), root, retiredQuestionSchema, problems, new Set(), fastFirst) : [],
    pages: paths.pageDirs.flatMap((dir) => listFilesDeep(at(dir), /\.astro$/)).map((f) => ({ file: relative(root, f), text: readFileSync(f, 'utf8') })),
    unparsed,
  };
  return { content, problems };
}

/** The line of a lesson's front-matter field ("title", "objectives.2"), for messages. */
export function fieldLine(lesson: Located<unknown>, field: string): number | undefined {
  return lesson.lines?.get(field) ?? lesson.line;
}

/** The line of a question inside its quiz file, for messages. */
export function questionLine(quiz: Located<Quiz>, questionId: string): number | undefined {
  return quiz.lines?.get(questionId) ?? quiz.line;
}
