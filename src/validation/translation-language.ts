// A translation is written in its language: no English sentence is left in it, apart from names (the names
// table, the sources' titles and names) and quotations, which stay verbatim in English: inside <Quote> in a lesson
// (they must be words of the fact they cite), or in quotation marks elsewhere when they are words of a fact's quote. Years come from the dataset, as in English: none typed into translated prose.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Content } from '../lib/load-content.ts';
import { lessonHash } from '../lib/translation-hash.ts';
import type { LanguageTranslations, Translations } from '../lib/load-translations.ts';
import type { TranslatedLocale } from '../i18n/locales.ts';
import { show, type Problem } from './problem.ts';

/** This many Latin-script words in a row read as an English phrase left untranslated. */
export const ENGLISH_RUN = 3;

const LATIN = /[A-Za-z]/;
const CYRILLIC = /[\u0400-\u04FF]/;

/** The first run of ENGLISH_RUN or more Latin-script words within a sentence, once the allowed names are taken out. */
export function englishRun(text: string, allowed: readonly string[]): string | null {
  let rest = text;
  for (const name of allowed) if (name.length > 1) rest = rest.split(name).join(' · ');
  for (const segment of rest.split(/[.!?;:·()«»"“”„]+/)) {
    let run: string[] = [];
    for (const token of [...segment.split(/\s+/), '']) {
      const word = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      if (word && LATIN.test(word) && !CYRILLIC.test(word)) run.push(word);
      else if (run.length >= ENGLISH_RUN) return run.join(' ');
      else run = [];
    }
  }
  return null;
}

/** Years typed into translated prose (outside components, links and quotation marks). */
function typedYears(text: string): string[] {
  const plain = text.replace(/"[^"]*"|“[^”]*”|«[^»]*»|„[^“]*“/g, ' ');
  return [...plain.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)].map((m) => m[1]!);
}

const normalise = (s: string) => s.replace(/[’']/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();

function allowedNames(content: Content): string[] {
  const names = [
    ...(content.names ?? []).map((n) => n.data.name),
    ...content.sources.flatMap((s) => [s.data.title, s.data.short, ...(s.data.names ?? []), s.data.publisher ?? '', s.data.author ?? '']),
  ];
  // Longest first, so "The National Interest" goes before "The".
  return [...new Set(names.filter(Boolean))].sort((a, b) => b.length - a.length);
}

/** Text with its verbatim quotations of the sources ("…" or “…” around words of a fact's quote) taken out. */
export function withoutVerbatimQuotes(text: string, quotes: readonly string[]): string {
  return text.replace(/"([^"]+)"|“([^”]+)”/g, (whole, a?: string, b?: string) => (quotes.some((q) => q.includes(normalise(a ?? b ?? ''))) ? ' ' : whole));
}

function validateLanguage(root: string, content: Content, t: LanguageTranslations, allowed: string[]): Problem[] {
  const problems: Problem[] = [];
  const quotes = content.facts.flatMap((f) => f.data.citations.map((c) => normalise(c.quote)));
  const check = (file: string, line: number | undefined, item: string, field: string, text: string | undefined) => {
    if (!text) return;
    const run = englishRun(withoutVerbatimQuotes(text, quotes), allowed);
    if (run) problems.push({ file, line, item, field, expected: `${t.locale} text (English only in names, or quoted verbatim in <Quote>)`, found: show(run) });
  };
  const facts = new Map(content.facts.map((f) => [f.id, f.data]));

  for (const l of t.lessons) {
    const d = l.data;
    check(l.file, 1, l.id, 'title', d.title);
    check(l.file, 1, l.id, 'description', d.description);
    d.objectives.forEach((o, i) => check(l.file, 1, l.id, `objectives.${i}`, o));
    d.discussion.forEach((o, i) => check(l.file, 1, l.id, `discussion.${i}`, o));
    for (const p of d.prose) {
      check(l.file, p.line, l.id, '(prose)', p.text);
      for (const year of typedYears(p.text)) problems.push({ file: l.file, line: p.line, item: l.id, field: '(prose)', expected: 'years inserted from the dataset with <Fact>, as in the English lesson', found: `the year ${year} typed in` });
    }
    // Whether a quotation is still the source's words depends on the English facts: checked while the translation is
    // current (a stale one is not shown, and a correction to the English must not fail on it).
    const english = content.lessons.find((e) => e.id === l.id);
    const current = english !== undefined && d.translatedFrom === lessonHash(readFileSync(join(root, english.file), 'utf8'));
    for (const q of current ? d.quotes : []) {
      const fact = facts.get(q.fact);
      const where = { file: l.file, line: q.line, item: l.id };
      if (!q.translation) problems.push({ ...where, field: '<Quote tr>', expected: 'a translation of the quotation beside it (tr="…")', found: 'nothing' });
      else check(l.file, q.line, l.id, '<Quote tr>', q.translation);
      if (!fact) problems.push({ ...where, field: '<Quote fact>', expected: 'the id of the fact whose quote this is', found: show(q.fact) });
      else if (!fact.citations.some((c) => normalise(c.quote).includes(normalise(q.text)))) {
        problems.push({ ...where, field: '<Quote>', expected: `words quoted verbatim from a quote of fact ${q.fact}`, found: show(q.text) });
      }
    }
  }
  for (const quiz of t.quizzes) {
    check(quiz.file, 1, quiz.id, 'title', quiz.data.title);
    check(quiz.file, 1, quiz.id, 'description', quiz.data.description);
    for (const [id, q] of Object.entries(quiz.data.questions)) {
      const line = quiz.lines?.get(id);
      check(quiz.file, line, id, 'prompt', q.prompt);
      check(quiz.file, line, id, 'explanation', q.explanation);
      check(quiz.file, line, id, 'unit', q.unit);
      q.items?.forEach((x, i) => check(quiz.file, line, id, `items.${i}`, x));
      q.left?.forEach((x, i) => check(quiz.file, line, id, `left.${i}`, x));
      for (const [k, v] of Object.entries(q.choices ?? {})) check(quiz.file, line, id, `choices.${k}`, v);
    }
  }
  for (const f of t.facts) {
    check(f.file, f.line, f.id, 'statement', f.data.statement);
    f.data.quotes.forEach((q, i) => check(f.file, f.line, f.id, `quotes.${i}`, q));
    check(f.file, f.line, f.id, 'term', f.data.term);
    for (const [k, v] of Object.entries(f.data.unit ?? {})) if (k !== 'gender') check(f.file, f.line, f.id, `unit.${k}`, v);
  }
  for (const g of t.glossary) {
    check(g.file, g.line, g.id, 'term', g.data.term);
    check(g.file, g.line, g.id, 'definition', g.data.definition);
  }
  for (const s of t.sources) if (s.data.notes !== undefined) check(s.file, s.line, s.id, 'notes', s.data.notes);
  for (const n of t.names) check(n.file, n.line, n.id, 'text', n.data.text);
  for (const x of t.talks) {
    check(x.file, x.line, x.id, 'title', x.data.title);
    check(x.file, x.line, x.id, 'short', x.data.short);
  }
  return problems;
}

export function validateTranslationLanguage(root: string, content: Content, translations: Translations, languages: readonly TranslatedLocale[]): Problem[] {
  const allowed = allowedNames(content);
  return languages.flatMap((l) => validateLanguage(root, content, translations.languages[l], allowed));
}
