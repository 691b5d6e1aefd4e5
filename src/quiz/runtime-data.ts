// Builds what a quiz page sends to the browser from the validated content: labels formatted, keys as
// canonical indices, cited facts with their quotes. Runs at build time only.
import type { Fact } from '../schemas/fact.ts';
import type { Choice, Question, Quiz } from '../schemas/quiz.ts';
import type { Source } from '../schemas/source.ts';
import { factIdsOf } from '../lib/questions.ts';
import { formatChoice } from '../lib/values.ts';
import { sourceLabel } from '../lib/source-names.ts';
import { normaliseQuoteText } from '../validation/verify-quotes.ts';
import type { CitedFact, RuntimeQuestion } from './types.ts';

export interface QuizContext {
  facts: ReadonlyMap<string, Fact>;
  sources: ReadonlyMap<string, Source>;
  /** Site base path, e.g. "/" or "/kz/". */
  base: string;
}

/** Passages a prompt quotes ("…" or “…”), which tell which citation of a fact the question is about. */
function quotedInPrompt(prompt: string): string[] {
  return [...prompt.matchAll(/["“]([^"”]{8,})["”]/g)].map((m) => normaliseQuoteText(m[1]!));
}

/**
 * The citations the feedback quotes: the passages the key rests on. For an evidence question, the quote that is the
 * answer (or that the true statement offers); for a "which source?" question, the answer source's; for an agreement
 * question, one passage from each source it compares; for a prompt that quotes a source, the citation holding those
 * words; for a disputed fact, the source the key follows; otherwise the fact's first citation.
 */
function citationsFor(question: Question, fact: Fact): Fact['citations'] {
  const quoted = (q: unknown) => typeof q === 'string' && fact.citations.find((c) => normaliseQuoteText(c.quote) === normaliseQuoteText(q));
  const bySource = (id: unknown) => fact.citations.find((c) => c.source === id);
  if (question.type === 'single-choice' || question.type === 'true-false') {
    const claimed = question.type === 'single-choice' ? question.answer : question.answer ? question.claims : undefined;
    const found = question.asks === 'evidence' ? quoted(claimed) : question.asks === 'source' ? bySource(claimed) : undefined;
    if (found) return [found];
    if (question.asks === 'agreement') {
      const compared = question.type === 'true-false' && question.sources ? question.sources : [...new Set(fact.citations.map((c) => c.source))];
      const each = compared.map(bySource).filter((c): c is Fact['citations'][number] => c !== undefined);
      if (each.length > 0) return each;
    }
  }
  const inPrompt = quotedInPrompt(question.prompt);
  const promptQuotes = fact.citations.find((c) => inPrompt.some((words) => normaliseQuoteText(c.quote).includes(words)));
  return [promptQuotes ?? bySource(question.followsSource) ?? fact.citations[0]!];
}

function citedFacts(question: Question, ctx: QuizContext): CitedFact[] {
  const seen = new Set<string>();
  const out: CitedFact[] = [];
  for (const { id } of factIdsOf(question)) {
    if (seen.has(id)) continue;
    seen.add(id);
    const fact = ctx.facts.get(id);
    if (!fact) throw new Error(`Question ${question.id} cites unknown fact ${id}`);
    for (const citation of citationsFor(question, fact)) {
      const source = ctx.sources.get(citation.source);
      out.push({ statement: fact.statement, quote: citation.quote, source: source?.short ?? citation.source, href: `${ctx.base}sources/#${citation.source}` });
    }
  }
  return out;
}

/** How a claim kind reads as a choice. */
export const CLAIM_KIND_LABELS = { event: 'A reported event', figure: 'A reported figure', judgement: "The author's interpretation" } as const;

/**
 * A single-choice choice as shown: a source by its name and year ("The Diplomat (2016)"), a claim kind in words,
 * a quote in quotation marks, anything else formatted.
 */
export function choiceLabel(question: Extract<Question, { type: 'single-choice' }>, choice: Choice, ctx: Pick<QuizContext, 'sources'>): string {
  if (question.asks === 'source' && typeof choice === 'string') {
    const source = ctx.sources.get(choice);
    return source ? sourceLabel(source) : choice;
  }
  if (question.asks === 'claim-kind' && typeof choice === 'string' && choice in CLAIM_KIND_LABELS) return CLAIM_KIND_LABELS[choice as keyof typeof CLAIM_KIND_LABELS];
  if (question.asks === 'evidence' && typeof choice === 'string') return `“${choice}”`;
  return formatChoice(choice);
}

export function toRuntimeQuestion(question: Question, quiz: Pick<Quiz, 'id' | 'lesson'>, ctx: QuizContext): RuntimeQuestion {
  const base = {
    id: question.id,
    quiz: quiz.id,
    prompt: question.prompt,
    explanation: question.explanation,
    facts: citedFacts(question, ctx),
    ...(question.section && quiz.lesson ? { lessonHref: `${ctx.base}lessons/${quiz.lesson}/#${question.section}` } : {}),
  };
  switch (question.type) {
    case 'single-choice':
      return { ...base, type: 'single-choice', choices: [question.answer, ...question.distractors].map((c) => choiceLabel(question, c, ctx)), correct: 0 };
    case 'multiple-select':
      return {
        ...base,
        type: 'multiple-select',
        choices: [...question.answers, ...question.distractors],
        correct: question.answers.map((_, i) => i),
      };
    case 'true-false':
      return { ...base, type: 'true-false', correct: question.answer };
    case 'numeric':
      return { ...base, type: 'numeric', correct: question.answer, tolerance: question.tolerance, ...(question.unit ? { unit: question.unit } : {}) };
    case 'ordering':
      return { ...base, type: 'ordering', items: question.items.map((i) => i.label) };
    case 'matching':
      return { ...base, type: 'matching', left: question.pairs.map((p) => p.left), right: question.pairs.map((p) => formatChoice(p.right)) };
  }
}

/** All questions of a quiz, its own and those it includes from other quizzes, in file order. */
export function questionsOf(quiz: Quiz, quizzes: ReadonlyMap<string, Quiz>): { question: Question; quiz: Quiz }[] {
  const own = quiz.questions.map((question) => ({ question, quiz }));
  const included = (quiz.includes ?? []).flatMap((inc) => {
    const other = quizzes.get(inc.quiz)!;
    return inc.questions.map((id) => ({ question: other.questions.find((q) => q.id === id)!, quiz: other }));
  });
  return [...own, ...included];
}
