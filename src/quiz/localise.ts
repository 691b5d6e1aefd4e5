// A quiz question in another language: the runtime question the English build makes (runtime-data.ts), with the
// words replaced by the translation's and the values formatted the language's way. Keys, choice order, ids and
// links are untouched, so answers, progress and result codes mean the same in every language.
import type { Locale } from '../i18n/locales.ts';
import type { Question } from '../schemas/quiz.ts';
import type { ClaimKind } from '../schemas/fact.ts';
import type { FactTranslation, QuestionTranslation } from '../schemas/translation.ts';
import { formatChoiceIn } from '../lib/localised-values.ts';
import { factIdsOf } from '../lib/questions.ts';
import type { Fact } from '../schemas/fact.ts';
import type { Source } from '../schemas/source.ts';
import { sourceLabel } from '../lib/source-names.ts';
import { dashKeepsItsWord } from '../lib/dash-keeps-its-word.ts';
import type { RuntimeQuestion } from './types.ts';

export interface QuestionWords {
  translation: QuestionTranslation;
  /** English name → name in this language. */
  names: ReadonlyMap<string, string>;
  facts: ReadonlyMap<string, Fact>;
  /** Current translations of facts, by id. */
  factWords(id: string): FactTranslation | undefined;
  claimKinds: Record<ClaimKind, string>;
  /** The sources as this language cites them (`short` translated where the language has its own name for one). */
  sources: ReadonlyMap<string, Pick<Source, 'short' | 'published'>>;
}

export function localiseQuestion(english: RuntimeQuestion, question: Question, lang: Locale, words: QuestionWords): RuntimeQuestion {
  return dashesKeepTheirWordsIn(lang, localisedWords(english, question, lang, words));
}

/** The translated words of a question with the language's dash rule (src/lib/dash-keeps-its-word.ts); the verbatim quotes untouched. */
function dashesKeepTheirWordsIn(lang: Locale, q: RuntimeQuestion): RuntimeQuestion {
  const keep = (text: string) => dashKeepsItsWord(lang, text);
  const out: RuntimeQuestion = { ...q, prompt: keep(q.prompt), explanation: keep(q.explanation), facts: q.facts.map((f) => ({ ...f, statement: keep(f.statement), ...(f.translation ? { translation: keep(f.translation) } : {}) })) };
  if ('choices' in out) out.choices = out.choices.map(keep);
  if ('items' in out) out.items = out.items.map(keep);
  if ('left' in out) Object.assign(out, { left: out.left.map(keep), right: out.right.map(keep) });
  return out;
}

function localisedWords(english: RuntimeQuestion, question: Question, lang: Locale, words: QuestionWords): RuntimeQuestion {
  const t = words.translation;
  const choice = (c: Parameters<typeof formatChoiceIn>[1]) => formatChoiceIn(lang, c, words.names, t.choices);
  const ids = [...new Set(factIdsOf(question).map((r) => r.id))];
  const facts = english.facts.map((cited, i) => {
    // A fact may be quoted more than once (an agreement question quotes each source), so find it by its quote.
    const id = ids.find((f) => words.facts.get(f)?.citations.some((c) => c.quote === cited.quote)) ?? ids[i]!;
    const ft = words.factWords(id);
    const citations = words.facts.get(id)?.citations ?? [];
    const index = citations.findIndex((c) => c.quote === cited.quote);
    const short = words.sources.get(citations[index]?.source ?? '')?.short;
    const named = short ? { ...cited, source: short } : cited;
    return ft ? { ...named, statement: ft.statement, ...(ft.quotes[index] ? { translation: ft.quotes[index] } : {}) } : named;
  });
  const base = { ...english, prompt: t.prompt, explanation: t.explanation, facts };
  switch (base.type) {
    case 'single-choice': {
      if (question.type !== 'single-choice') return base;
      const all = [question.answer, ...question.distractors];
      if (question.asks === 'value') return { ...base, choices: all.map(choice) };
      if (question.asks === 'claim-kind') return { ...base, choices: all.map((c) => (typeof c === 'string' && c in words.claimKinds ? words.claimKinds[c as ClaimKind] : String(c))) };
      if (question.asks === 'source') return { ...base, choices: all.map((c) => { const s = words.sources.get(String(c)); return s ? sourceLabel(s) : String(c); }) };
      return base;
    }
    case 'multiple-select':
      return question.type === 'multiple-select' ? { ...base, choices: [...question.answers, ...question.distractors].map(choice) } : base;
    case 'numeric':
      return t.unit ? { ...base, unit: t.unit } : base;
    case 'ordering':
      return t.items ? { ...base, items: t.items } : base;
    case 'matching':
      return question.type === 'matching' ? { ...base, left: t.left ?? base.left, right: question.pairs.map((p) => choice(p.right)) } : base;
    default:
      return base;
  }
}
