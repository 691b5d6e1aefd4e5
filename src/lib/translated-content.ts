// Content in the reader's language for the pages: a lesson, quiz, fact or term comes in translation where the
// translation is current (src/lib/translation-status.ts), otherwise in English, and says which (`lang`, `status`)
// so the page can label it. Build time only.
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale, TranslatedLocale } from '../i18n/locales.ts';
import { messages } from '../i18n/messages/index.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import type { Quiz } from '../schemas/quiz.ts';
import type { RuntimeQuestion } from '../quiz/types.ts';
import { questionsOf, toRuntimeQuestion, type QuizContext } from '../quiz/runtime-data.ts';
import { localiseQuestion } from '../quiz/localise.ts';
import { localeHref } from '../i18n/locales.ts';
import { factWordsIn, namesIn, sourcesIn } from './translated-words.ts';
export { sourceShortIn } from './translated-words.ts';
import { siteContent } from './site-content.ts';
import { localisedPlaceholders } from './translated-placeholders.ts';
import { questionCount } from './questions.ts';
import { dashKeepsItsWord } from './dash-keeps-its-word.ts';
import type { Status, StatusReport } from './translation-status.ts';

export interface InLanguage {
  /** The language the text is in: the reader's, or English for want of a current translation. */
  lang: Locale;
  status: Status;
  /** What is missing or stale (empty when current): `check:content` prints the same. */
  reasons: string[];
}

const CURRENT_EN = { status: 'current' as const, reasons: [] };

function resolve(locale: Locale, report: () => StatusReport): InLanguage {
  if (locale === 'en') return { lang: 'en', ...CURRENT_EN };
  const r = report();
  return { lang: r.status === 'current' ? locale : 'en', status: r.status, reasons: r.reasons };
}

const statusIn = (locale: TranslatedLocale) => siteContent().status[locale];
const languageIn = (locale: TranslatedLocale) => siteContent().translations.languages[locale];

export { namesIn, factWordsIn, statementIn, valueIn, valueInProseIn } from './translated-words.ts';

// Lessons ------------------------------------------------------------------------------------------------------

export interface LessonView extends InLanguage {
  id: string;
  order: number;
  quiz: string;
  topics: string[];
  title: string;
  description: string;
  objectives: string[];
  discussion: string[];
  /** What Astro renders: the translated MDX where current, otherwise the English. */
  entry: CollectionEntry<'lessons'> | CollectionEntry<'lessonTranslations'>;
}

export async function lessonsIn(locale: Locale): Promise<LessonView[]> {
  const [lessons, translations] = await Promise.all([getCollection('lessons'), getCollection('lessonTranslations')]);
  return lessons.map((english) => {
    const state = resolve(locale, () => statusIn(locale as TranslatedLocale).lesson(english.id));
    const translated = state.lang !== 'en' ? translations.find((t) => t.id === `${state.lang}/${english.id}`) : undefined;
    const words = translated?.data ?? english.data;
    const lang = translated ? state.lang : 'en';
    return {
      ...state,
      ...(translated ? {} : { lang: 'en' as const }),
      id: english.id,
      order: english.data.order,
      quiz: english.data.quiz,
      topics: english.data.topics,
      title: dashKeepsItsWord(lang, words.title),
      description: dashKeepsItsWord(lang, words.description),
      objectives: words.objectives.map((o) => dashKeepsItsWord(lang, o)),
      discussion: words.discussion.map((d) => dashKeepsItsWord(lang, d)),
      entry: translated ?? english,
    };
  });
}

// Quizzes ------------------------------------------------------------------------------------------------------

export interface QuizView extends InLanguage {
  id: string;
  title: string;
  description: string | undefined;
  lesson: string | null;
  feedback: Quiz['feedback'];
  quiz: Quiz;
}

export async function quizzesIn(locale: Locale): Promise<QuizView[]> {
  const quizzes = await getCollection('quizzes');
  return quizzes.map((q) => {
    const state = resolve(locale, () => statusIn(locale as TranslatedLocale).quiz(q.id));
    const words = state.lang !== 'en' ? languageIn(state.lang as TranslatedLocale).quizzes.find((t) => t.id === q.id)?.data : undefined;
    // A translated title or description may take values from the data, like the English ({fact:id|form}, {questions}).
    const fill = words ? localisedPlaceholders(state.lang, questionCount(q.data)) : (t: string) => t;
    const title = words ? fill(words.title) : q.data.title;
    const description = words ? words.description && fill(words.description) : q.data.description;
    return { ...state, id: q.id, title: words ? dashKeepsItsWord(state.lang, title) : title, description: words && description ? dashKeepsItsWord(state.lang, description) : description, lesson: q.data.lesson, feedback: q.data.feedback, quiz: q.data };
  });
}

/** The context runtime questions are built in: links into the reader's language. */
export async function quizContextIn(locale: Locale): Promise<{ ctx: QuizContext; quizzes: Map<string, Quiz> }> {
  const [facts, sources, quizzes] = await Promise.all([getCollection('facts'), getCollection('sources'), getCollection('quizzes')]);
  return {
    ctx: { facts: new Map(facts.map((f) => [f.id, f.data])), sources: new Map(sources.map((s) => [s.id, s.data])), base: localeHref(locale, '', import.meta.env.BASE_URL) },
    quizzes: new Map(quizzes.map((q) => [q.id, q.data])),
  };
}

/**
 * Questions as the browser gets them, in `lang` where each is current in it. `pageLang` is the language of the page
 * they appear on: a question in another language is marked with it (`lang`), so it is read and labelled rightly.
 */
export function runtimeQuestionsIn(
  locale: Locale,
  pageLang: Locale,
  list: { question: Quiz['questions'][number]; quiz: Quiz }[],
  ctx: QuizContext,
): RuntimeQuestion[] {
  const claimKinds = messages[locale].quiz.claimKinds;
  // The sources as each language cites them, made once per language rather than once per question.
  const sourcesByLang = new Map<Locale, QuizContext['sources']>();
  const sourcesFor = (lang: Locale) => sourcesByLang.get(lang) ?? sourcesByLang.set(lang, sourcesIn(lang, ctx.sources)).get(lang)!;
  return list.map(({ question, quiz }) => {
    const english = toRuntimeQuestion(question, quiz, ctx);
    const lang = pageLang === 'en' ? 'en' : resolve(locale, () => statusIn(locale as TranslatedLocale).question(question.id)).lang;
    const localised =
      lang === 'en'
        ? english
        : localiseQuestion(english, question, lang, {
            translation: languageIn(lang as TranslatedLocale).quizzes.find((t) => t.id === quiz.id)!.data.questions[question.id]!,
            names: namesIn(lang),
            facts: ctx.facts,
            factWords: (id) => factWordsIn(lang, id),
            claimKinds,
            sources: sourcesFor(lang),
          });
    return lang === pageLang ? localised : { ...localised, lang };
  });
}

/** Every question of a quiz (included ones too), in file order. */
export function quizQuestions(quiz: Quiz, quizzes: ReadonlyMap<string, Quiz>): { question: Quiz['questions'][number]; quiz: Quiz }[] {
  return questionsOf(quiz, quizzes);
}

/** Every question of the course once, each from the quiz that owns it. */
export function allQuestions(quizzes: ReadonlyMap<string, Quiz>): { question: Quiz['questions'][number]; quiz: Quiz }[] {
  return [...quizzes.values()].flatMap((quiz) => quiz.questions.map((question) => ({ question, quiz })));
}

// Glossary, timeline, sources ------------------------------------------------------------------------------------

export interface TermView {
  id: string;
  term: string;
  definition: string;
  data: GlossaryTerm;
}

/** A glossary term in `lang` (current in it) or English. */
export function termIn(locale: Locale, term: GlossaryTerm): TermView & { lang: Locale } {
  if (locale !== 'en' && statusIn(locale).term(term.id).status === 'current') {
    const t = languageIn(locale).glossary.find((g) => g.id === term.id)!.data;
    return { id: term.id, term: t.term, definition: t.definition, data: term, lang: locale };
  }
  return { id: term.id, term: term.term, definition: term.definition, data: term, lang: 'en' };
}

/** Whether a whole page of facts or terms can be shown in the language. */
export function pageIn(locale: Locale, page: 'glossary' | 'timeline' | 'sources' | 'map'): InLanguage {
  return resolve(locale, () => {
    const s = statusIn(locale as TranslatedLocale);
    return page === 'glossary' ? s.glossaryPage() : page === 'timeline' ? s.timelinePage() : page === 'map' ? s.mapPage() : s.sourcesPage();
  });
}

/** A lesson's status in a language, for pages that only need to know (links, cards). */
export function lessonStatusIn(locale: Locale, slug: string): InLanguage {
  return resolve(locale, () => statusIn(locale as TranslatedLocale).lesson(slug));
}

/** A source's notes in `lang`. */
export function sourceNotesIn(lang: Locale, id: string, notes: string | null): string | null {
  if (lang === 'en' || notes === null) return notes;
  return languageIn(lang as TranslatedLocale).sources.find((s) => s.id === id)?.data.notes ?? notes;
}
