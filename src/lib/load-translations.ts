// Reads the translated content beside the English: `lessons/<lang>/<slug>.mdx`, `quizzes/<lang>/<id>.yaml`,
// `src/data/facts/<lang>/*.yaml`, `src/data/glossary/<lang>/*.yaml`, `src/data/sources/<lang>.yaml`, the maps' talk
// names `src/data/map/<lang>.yaml` and the names table `src/data/names/<lang>.yaml`. Shared by `check:content` and the site, like load-content.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'astro/zod';
import { translatedLocales, type TranslatedLocale } from '../i18n/locales.ts';
import {
  factTranslationSchema,
  glossaryTranslationSchema,
  lessonTranslationSchema,
  nameTranslationSchema,
  quizTranslationSchema,
  sourceTranslationSchema,
  talksTranslationSchema,
  type FactTranslation,
  type GlossaryTranslation,
  type LessonTranslation,
  type NameTranslation,
  type QuizTranslation,
  type SourceTranslation,
  type TalksTranslation,
} from '../schemas/translation.ts';
import { show, type Problem } from '../validation/problem.ts';
import { defaultPaths, readLessonBody, readLessonFile, type ContentPaths, type LessonBody, type Located } from './load-content.ts';

export interface TranslationPaths extends ContentPaths {
  /** Folder of the names tables, one `<lang>.yaml` per language (English included). */
  namesDir: string;
  /** Folder of the source notes' translations, one `<lang>.yaml` per language. */
  sourcesDir: string;
  /** Folder of the maps' talk names in other languages, one `<lang>.yaml` per language. */
  mapDir: string;
}

export const defaultTranslationPaths: TranslationPaths = { ...defaultPaths, namesDir: 'src/data/names', sourcesDir: 'src/data/sources', mapDir: 'src/data/map' };

/** A lesson heading (## to ####), in document order. */
export interface Heading {
  depth: number;
  line: number;
  text: string;
}

/** A line of prose, with components, quotations (<Quote>), link targets and code removed, for the language rules. */
export interface ProseLine {
  line: number;
  text: string;
}

/** A <Quote fact="…" tr="…">verbatim English</Quote> in a translated lesson. */
export interface QuoteUse {
  line: number;
  fact: string;
  /** The quoted English words. */
  text: string;
  /** The translation shown beside them. */
  translation: string;
}

export type TranslatedLesson = LessonTranslation & LessonBody & { sections: Heading[]; prose: ProseLine[]; quotes: QuoteUse[] };

export interface LanguageTranslations {
  locale: TranslatedLocale;
  lessons: Located<TranslatedLesson>[];
  quizzes: Located<QuizTranslation>[];
  facts: Located<FactTranslation>[];
  glossary: Located<GlossaryTranslation>[];
  sources: Located<SourceTranslation>[];
  names: Located<NameTranslation>[];
  talks: Located<TalksTranslation>[];
}

export interface Translations {
  languages: Record<TranslatedLocale, LanguageTranslations>;
}

function files(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => ext.test(f))
    .sort()
    .map((f) => join(dir, f));
}

function issueProblems(issues: z.core.$ZodIssue[], raw: unknown, file: string, item: string, line: number | undefined): Problem[] {
  return issues.map((issue) => {
    let found: unknown = raw;
    for (const key of issue.path) found = found && typeof found === 'object' ? (found as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined;
    return {
      file,
      line,
      item,
      field: issue.path.join('.') || '(item)',
      expected: issue.code === 'unrecognized_keys' ? 'only the fields a translation has (ids, keys and values come from the English file)' : issue.message.replace(/^Invalid input: expected /, '').replace(/, received \w+$/, ''),
      found: issue.code === 'unrecognized_keys' ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}` : show(found),
    };
  });
}

function parseYaml(path: string, root: string, problems: Problem[]): { doc: Document; lines: LineCounter; file: string } | null {
  const file = relative(root, path);
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) problems.push({ file, line: lines.linePos(e.pos[0]).line, item: '(file)', field: '(yaml)', expected: 'well-formed YAML', found: e.message.split('\n')[0]! });
    return null;
  }
  return { doc, lines, file };
}

const lineOf = (node: unknown, lines: LineCounter): number | undefined => {
  const range = (node as Node | undefined)?.range;
  return range ? lines.linePos(range[0]).line : undefined;
};

/** Line of each key of the mapping at `path` in the document. */
function keyLines(doc: Document, path: unknown[], lines: LineCounter): Map<string, number> {
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  const out = new Map<string, number>();
  if (!isMap(node)) return out;
  for (const pair of node.items) {
    const key = (pair.key as { value?: unknown } | null)?.value;
    const line = lineOf(pair.key, lines);
    if (typeof key === 'string' && line !== undefined) out.set(key, line);
  }
  return out;
}

/** Reads a file holding a mapping of id → item (facts, glossary terms, source notes). */
function readKeyed<T>(path: string, root: string, schema: z.ZodType<T>, problems: Problem[]): Located<T>[] {
  const parsed = parseYaml(path, root, problems);
  if (!parsed) return [];
  const { doc, lines, file } = parsed;
  const raw = doc.toJS() as unknown;
  if (raw === null || raw === undefined) return [];
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ file, item: '(file)', field: '(root)', expected: 'a mapping of id → translation', found: show(raw) });
    return [];
  }
  const at = keyLines(doc, [], lines);
  const out: Located<T>[] = [];
  for (const [id, item] of Object.entries(raw)) {
    const result = schema.safeParse(item);
    if (result.success) out.push({ file, line: at.get(id), id, data: result.data });
    else problems.push(...issueProblems(result.error.issues, item, file, id, at.get(id)));
  }
  return out;
}

/** Reads a file holding a list of items (the names tables of the other languages). */
function readList<T>(path: string, root: string, schema: z.ZodType<T>, problems: Problem[], idOf: (item: T) => string): Located<T>[] {
  const parsed = parseYaml(path, root, problems);
  if (!parsed) return [];
  const { doc, lines, file } = parsed;
  const raw = doc.toJS() as unknown;
  if (!Array.isArray(raw) || !isSeq(doc.contents)) {
    problems.push({ file, item: '(file)', field: '(root)', expected: 'a list of names', found: show(raw) });
    return [];
  }
  const nodes = doc.contents.items;
  const out: Located<T>[] = [];
  raw.forEach((item, i) => {
    const line = lineOf(nodes[i], lines);
    const result = schema.safeParse(item);
    if (result.success) out.push({ file, line, id: idOf(result.data), data: result.data });
    else problems.push(...issueProblems(result.error.issues, item, file, `#${i}`, line));
  });
  return out;
}

const QUOTE = /<Quote\b([^>]*)>([\s\S]*?)<\/Quote>/g;
const attr = (attrs: string, name: string) => new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)')`).exec(attrs)?.slice(1).find((v) => v !== undefined) ?? '';

/** The headings (`sections`), prose lines and quotations of a lesson body (fenced code skipped; a <Quote> stays on one line). */
export function lessonStructure(body: string, firstLine: number): { sections: Heading[]; prose: ProseLine[]; quotes: QuoteUse[] } {
  const sections: Heading[] = [];
  const prose: ProseLine[] = [];
  const quotes: QuoteUse[] = [];
  let inFence = false;
  body.split('\n').forEach((text, i) => {
    const line = firstLine + i;
    if (/^\s*```/.test(text)) inFence = !inFence;
    if (inFence) return;
    const heading = /^(#{2,4})\s+(.+?)\s*#*\s*$/.exec(text);
    if (heading) sections.push({ depth: heading[1]!.length, line, text: heading[2]! });
    for (const m of text.matchAll(QUOTE)) quotes.push({ line, fact: attr(m[1]!, 'fact'), text: m[2]!.trim(), translation: attr(m[1]!, 'tr') });
    const plain = text
      .replace(QUOTE, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\]\([^)]*\)/g, ']')
      .replace(/`[^`]*`/g, ' ')
      .replace(/^#+\s+/, '')
      .trim();
    if (plain) prose.push({ line, text: plain });
  });
  return { sections, prose, quotes };
}

function readTranslatedLesson(path: string, root: string, problems: Problem[]): Located<TranslatedLesson> | null {
  const lesson = readLessonFile(path, root, problems);
  if (!lesson) return null;
  const { file, slug, doc, body, firstBodyLine } = lesson;
  const raw = doc.toJS() as unknown;
  const result = lessonTranslationSchema.safeParse(raw);
  if (!result.success) {
    problems.push(...issueProblems(result.error.issues, raw, file, slug, 1));
    return null;
  }
  return { file, line: 1, id: slug, data: { ...result.data, ...readLessonBody(slug, body, firstBodyLine), ...lessonStructure(body, firstBodyLine) } };
}

function readQuizTranslation(path: string, root: string, problems: Problem[]): Located<QuizTranslation> | null {
  const parsed = parseYaml(path, root, problems);
  if (!parsed) return null;
  const { doc, lines, file } = parsed;
  const id = path.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/, '');
  const raw = doc.toJS() as unknown;
  const result = quizTranslationSchema.safeParse(raw);
  const questionLines = keyLines(doc, ['questions'], lines);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const [k, q] = issue.path;
      const inQuestion = k === 'questions' && typeof q === 'string';
      const item = inQuestion ? q : id;
      const sub = inQuestion ? { ...issue, path: issue.path.slice(2) } : issue;
      const holder = inQuestion ? (raw as { questions: Record<string, unknown> }).questions[q] : raw;
      problems.push(...issueProblems([sub], holder, file, item, inQuestion ? questionLines.get(q) : 1));
    }
    return null;
  }
  return { file, line: 1, id, data: result.data, lines: questionLines };
}

function languageFolder(dir: string, locale: string): string {
  return join(dir, locale);
}

/** Reads every translation under `root`; problems (malformed files, unknown fields) are added to `problems`. */
export function loadTranslations(root: string, problems: Problem[], paths: TranslationPaths = defaultTranslationPaths): Translations {
  const at = (p: string) => join(root, p);
  const languages = Object.fromEntries(
    translatedLocales.map((locale): [TranslatedLocale, LanguageTranslations] => {
      const names = at(join(paths.namesDir, `${locale}.yaml`));
      const sources = at(join(paths.sourcesDir, `${locale}.yaml`));
      const talks = at(join(paths.mapDir, `${locale}.yaml`));
      return [
        locale,
        {
          locale,
          lessons: files(at(languageFolder(paths.lessonsDir, locale)), /\.mdx?$/).flatMap((f) => readTranslatedLesson(f, root, problems) ?? []),
          quizzes: files(at(languageFolder(paths.quizzesDir, locale)), /\.ya?ml$/).flatMap((f) => readQuizTranslation(f, root, problems) ?? []),
          facts: files(at(languageFolder(paths.factsDir, locale)), /\.ya?ml$/).flatMap((f) => readKeyed(f, root, factTranslationSchema, problems)),
          glossary: files(at(languageFolder(paths.glossaryDir, locale)), /\.ya?ml$/).flatMap((f) => readKeyed(f, root, glossaryTranslationSchema, problems)),
          sources: existsSync(sources) ? readKeyed(sources, root, sourceTranslationSchema, problems) : [],
          names: existsSync(names) ? readList(names, root, nameTranslationSchema, problems, (n) => n.name) : [],
          talks: existsSync(talks) ? readKeyed(talks, root, talksTranslationSchema, problems) : [],
        },
      ];
    }),
  ) as Record<TranslatedLocale, LanguageTranslations>;
  return { languages };
}
