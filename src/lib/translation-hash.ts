// Which version of an English text a translation was made from: a short hash of exactly the words a translator
// translates. A change to those words (and only to them) makes the translation stale; a change elsewhere (a key,
// a date, a claim kind) does not, since translations hold no keys or values. Build time only (node:crypto).
import { createHash } from 'node:crypto';
import type { Fact } from '../schemas/fact.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import type { Question, Quiz } from '../schemas/quiz.ts';
import type { Source } from '../schemas/source.ts';
import { isDateChoice } from './choice-text.ts';

export function hashText(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n/g, '\n'), 'utf8').digest('hex').slice(0, 10);
}

/** A lesson is translated as a whole: its file, front matter and prose. */
export function lessonHash(fileText: string): string {
  return hashText(fileText);
}

/** The text choices of a question: what a translation (or the names table) must say in another language. */
export function textChoices(question: Question): string[] {
  const all: unknown[] =
    question.type === 'single-choice' && question.asks === 'value'
      ? [question.answer, ...question.distractors]
      : question.type === 'multiple-select'
        ? [...question.answers, ...question.distractors]
        : question.type === 'matching'
          ? question.pairs.map((p) => p.right)
          : [];
  return [...new Set(all.flatMap((c) => (Array.isArray(c) ? c : [c])).filter((c): c is string => typeof c === 'string' && !isDateChoice(c)))];
}

/** The words of a question, in a fixed shape. */
export function questionWords(q: Question): unknown {
  return {
    id: q.id,
    prompt: q.prompt,
    explanation: q.explanation,
    unit: q.type === 'numeric' ? (q.unit ?? null) : null,
    items: q.type === 'ordering' ? q.items.map((i) => i.label) : null,
    left: q.type === 'matching' ? q.pairs.map((p) => p.left) : null,
    choices: textChoices(q),
  };
}

/** A quiz is translated as a whole: its title, description and every own question's words. */
export function quizHash(quiz: Quiz): string {
  return hashText(JSON.stringify({ title: quiz.title, description: quiz.description ?? null, questions: quiz.questions.map(questionWords) }));
}

export function factHash(fact: Fact): string {
  const term = fact.value?.kind === 'term' ? fact.value.term : null;
  const unit = fact.value?.kind === 'number' ? fact.value.unit : null;
  return hashText(JSON.stringify({ statement: fact.statement, quotes: fact.citations.map((c) => c.quote), term, unit }));
}

export function glossaryHash(term: GlossaryTerm): string {
  return hashText(JSON.stringify({ term: term.term, definition: term.definition }));
}

export function sourceNotesHash(source: Source): string {
  return hashText(source.notes ?? '');
}

export function talksHash(talks: { title: string; short: string }): string {
  return hashText(JSON.stringify({ title: talks.title, short: talks.short }));
}
