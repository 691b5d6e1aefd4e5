// Whether each page's content can be shown in a language: its own translation exists and was made from the
// current English text, and so does everything it shows besides its own words (the statements of the facts in
// its timeline, the glossary entries its terms link to…). A page that is not `current` is shown in English with a
// notice, never half translated. Used by the site and by `check:content`, which lists what is missing or stale.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TranslatedLocale } from '../i18n/locales.ts';
import type { Fact } from '../schemas/fact.ts';
import type { Quiz } from '../schemas/quiz.ts';
import type { Content, Located } from './load-content.ts';
import type { LanguageTranslations, Translations } from './load-translations.ts';
import { factHash, glossaryHash, lessonHash, quizHash, sourceNotesHash, talksHash } from './translation-hash.ts';
import { factIdsOf } from './questions.ts';
import { questionsOf } from '../quiz/runtime-data.ts';
import { startDate } from './values.ts';

export type Status = 'current' | 'missing' | 'stale';

export interface StatusReport {
  status: Status;
  /** What is missing or stale, e.g. "fact jet-downing-date (stale)". Empty when current. */
  reasons: string[];
}

const CURRENT: StatusReport = { status: 'current', reasons: [] };

/** Missing wins over current, stale over missing: a page is as good as its weakest part. */
function combine(own: StatusReport, parts: { label: string; report: StatusReport }[]): StatusReport {
  if (own.status !== 'current') return own;
  const bad = parts.filter((p) => p.report.status !== 'current');
  if (bad.length === 0) return CURRENT;
  return { status: bad.some((p) => p.report.status === 'stale') ? 'stale' : 'missing', reasons: bad.map((p) => `${p.label} (${p.report.status})`) };
}

function item(hash: string, from: string | undefined, label: string): StatusReport {
  if (from === undefined) return { status: 'missing', reasons: [`${label} (missing)`] };
  return from === hash ? CURRENT : { status: 'stale', reasons: [`${label} (stale: made from ${from}, English is now ${hash})`] };
}

/** <Fact id="…"> references (not <Cite>): the facts whose value or statement a lesson shows. */
export function shownFacts(lessonText: string): string[] {
  return [...new Set([...lessonText.matchAll(/<Fact\b[^>]*\bid=["']([^"']+)["']/g)].map((m) => m[1]!))];
}

/** Does showing this fact's value need words from its translation (a statement, a term, a unit)? */
function valueNeedsTranslation(fact: Fact): boolean {
  return fact.disputed === true || fact.value?.kind === 'term' || fact.value?.kind === 'number';
}

export interface LanguageStatus {
  locale: TranslatedLocale;
  fact(id: string): StatusReport;
  term(id: string): StatusReport;
  lesson(slug: string): StatusReport;
  /** The quiz's own words (title, description, own questions). */
  quizOwn(id: string): StatusReport;
  /** The quiz as its page shows it: own words, every question (included ones too) and the facts they cite. */
  quiz(id: string): StatusReport;
  question(id: string): StatusReport;
  glossaryPage(): StatusReport;
  timelinePage(): StatusReport;
  sourcesPage(): StatusReport;
  /** The names of one set of talks on the maps. */
  talks(id: string): StatusReport;
  /** The maps: every set of talks named in the language (places and states come from the names table). */
  mapPage(): StatusReport;
}

/** The status of everything in one language. `root` is where the English lesson files are read from. */
export function languageStatus(root: string, content: Content, language: LanguageTranslations): LanguageStatus {
  const facts = new Map(content.facts.map((f) => [f.id, f.data]));
  const quizzes = new Map(content.quizzes.map((q) => [q.id, q.data]));
  const terms = new Map(content.glossary.map((g) => [g.id, g.data]));
  const factT = new Map(language.facts.map((f) => [f.id, f.data]));
  const termT = new Map(language.glossary.map((g) => [g.id, g.data]));
  const sourceT = new Map(language.sources.map((s) => [s.id, s.data]));
  const lessonT = new Map(language.lessons.map((l) => [l.id, l.data]));
  const quizT = new Map(language.quizzes.map((q) => [q.id, q.data]));
  const questionOwner = new Map(content.quizzes.flatMap((q) => q.data.questions.map((question) => [question.id, q.id] as const)));
  const lessonTexts = new Map<string, string>();
  const lessonText = (l: Located<unknown>) => {
    if (!lessonTexts.has(l.id)) lessonTexts.set(l.id, readFileSync(join(root, l.file), 'utf8'));
    return lessonTexts.get(l.id)!;
  };

  const fact = (id: string): StatusReport => {
    const f = facts.get(id);
    return f ? item(factHash(f), factT.get(id)?.from, `fact ${id}`) : CURRENT;
  };
  const term = (id: string): StatusReport => {
    const t = terms.get(id);
    return t ? item(glossaryHash(t), termT.get(id)?.from, `glossary term ${id}`) : CURRENT;
  };
  const quizOwn = (id: string): StatusReport => {
    const q = quizzes.get(id);
    return q ? item(quizHash(q), quizT.get(id)?.translatedFrom, `quiz ${id}`) : CURRENT;
  };
  const question = (id: string): StatusReport => {
    const owner = questionOwner.get(id);
    const q = owner ? quizzes.get(owner)?.questions.find((x) => x.id === id) : undefined;
    if (!owner || !q) return CURRENT;
    return combine(quizOwn(owner), [...new Set(factIdsOf(q).map((r) => r.id))].map((f) => ({ label: `fact ${f}`, report: fact(f) })));
  };
  const quiz = (id: string): StatusReport => {
    const q: Quiz | undefined = quizzes.get(id);
    if (!q) return CURRENT;
    const parts = questionsOf(q, quizzes).map(({ question: x }) => ({ label: `question ${x.id}`, report: question(x.id) }));
    return combine(quizOwn(id), parts);
  };
  const lesson = (slug: string): StatusReport => {
    const l = content.lessons.find((x) => x.id === slug);
    if (!l) return CURRENT;
    const text = lessonText(l);
    const own = item(lessonHash(text), lessonT.get(slug)?.translatedFrom, `lesson ${slug}`);
    const timeline = content.facts.filter((f) => f.data.topics.some((t) => l.data.topics.includes(t)) && timelineFact(f.data)).map((f) => f.id);
    const shown = shownFacts(text).filter((id) => facts.has(id) && valueNeedsTranslation(facts.get(id)!));
    const factParts = [...new Set([...timeline, ...shown])].map((id) => ({ label: `fact ${id}`, report: fact(id) }));
    const termParts = [...new Set(l.data.termRefs.map((r) => r.id))].map((id) => ({ label: `glossary term ${id}`, report: term(id) }));
    return combine(own, [...factParts, ...termParts]);
  };
  const all = (parts: { label: string; report: StatusReport }[]) => combine(CURRENT, parts);
  const talkT = new Map(language.talks.map((t) => [t.id, t.data]));
  const talks = (id: string): StatusReport => {
    const t = content.mapData?.data.talks.find((x) => x.id === id);
    return t ? item(talksHash(t), talkT.get(id)?.from, `map talks ${id}`) : CURRENT;
  };
  return {
    locale: language.locale,
    fact,
    term,
    talks,
    mapPage: () => all((content.mapData?.data.talks ?? []).map((t) => ({ label: `map talks ${t.id}`, report: talks(t.id) }))),
    lesson,
    quizOwn,
    quiz,
    question,
    glossaryPage: () =>
      all([
        ...content.glossary.map((g) => ({ label: `glossary term ${g.id}`, report: term(g.id) })),
        ...[...new Set(content.glossary.flatMap((g) => g.data.facts ?? []))].map((id) => ({ label: `fact ${id}`, report: fact(id) })),
      ]),
    timelinePage: () => all(content.facts.filter((f) => timelineFact(f.data)).map((f) => ({ label: `fact ${f.id}`, report: fact(f.id) }))),
    sourcesPage: () =>
      all([
        ...content.facts.map((f) => ({ label: `fact ${f.id}`, report: fact(f.id) })),
        ...content.sources.filter((s) => s.data.notes).map((s) => ({ label: `source ${s.id} notes`, report: item(sourceNotesHash(s.data), sourceT.get(s.id)?.from, `source ${s.id} notes`) })),
      ]),
  };
}

/** A fact the timelines show: one with a date (or, when disputed, a dated claim). */
export function timelineFact(fact: Fact): boolean {
  return fact.disputed ? fact.citations.some((c) => c.value && startDate(c.value) !== null) : fact.value !== undefined && startDate(fact.value) !== null;
}

export function allLanguageStatus(root: string, content: Content, translations: Translations): Record<TranslatedLocale, LanguageStatus> {
  return Object.fromEntries(Object.entries(translations.languages).map(([l, t]) => [l, languageStatus(root, content, t)])) as Record<TranslatedLocale, LanguageStatus>;
}
