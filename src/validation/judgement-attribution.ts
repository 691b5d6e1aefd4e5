// Judgement facts are attributed: an interpretation, forecast, motive or cause belongs to its author, so wherever
// one appears — the fact's own statement, a lesson sentence, a question — its source is named with it.
import { questionLine, fieldLine, type Content } from '../lib/load-content.ts';
import { placeholderFacts } from '../lib/placeholders.ts';
import { factIdsOf } from '../lib/questions.ts';
import { nameOfSourceIn, namesOf } from '../lib/source-names.ts';
import type { Fact } from '../schemas/fact.ts';
import type { Question } from '../schemas/quiz.ts';
import type { Source } from '../schemas/source.ts';
import { show, type Problem } from './problem.ts';

type Sources = ReadonlyMap<string, Source>;

/** The sources a fact cites, as bibliography entries. */
function sourcesOf(fact: Fact, sources: Sources): Source[] {
  return [...new Set(fact.citations.map((c) => c.source))].flatMap((id) => sources.get(id) ?? []);
}

/** The name of one of the fact's sources that `text` uses, or null. */
export function attributionIn(text: string, fact: Fact, sources: Sources): string | null {
  for (const s of sourcesOf(fact, sources)) {
    const name = nameOfSourceIn(text, s);
    if (name) return name;
  }
  return null;
}

/**
 * An attribution that refers back to a source named earlier: "the paper", "the article", "its author", "it says",
 * "in its view", "according to the brief". A pronoun counts only with a verb of saying ("it argues", "it adds that"):
 * a bare "it" may be the country or the policy as well as the source ("it adds goodwill" is not an attribution).
 */
const REFERS_BACK = new RegExp(
  [
    String.raw`\bthe (?:same )?(?:paper|article|brief|report|essay|authors?)\b`,
    String.raw`\bits authors?\b`,
    String.raw`\b(?:it|they)(?:,? (?:also|then|further|even|still|rightly|plainly))? (?:says?|said|argues?|argued|claims?|claimed|concludes?|notes?|noted|writes?|wrote|suggests?|suggested|credits?|credited|criticises?|complains?|asserts?|reports?|reported|describes?|described|warns?|insists?|dismisses?|predicts?|calls?|called|explains?|explained|admits?|maintains?|contends?|(?:adds?|added) that)\b`,
    String.raw`\bin (?:its|their) (?:view|words|account|reading|telling)\b`,
    String.raw`\baccording to (?:it|them)\b`,
    String.raw`, (?:it|they) (?:says|say|adds|argues),`,
  ].join('|'),
  'i',
);

/** Whether `sentence` attributes what it says to a source named before it ("It says …", "the paper argues …"). */
export function refersBack(sentence: string): boolean {
  return REFERS_BACK.test(sentence.replace(/[\u2018\u2019]/g, "'"));
}

/** The source a reader met last in `text` (the one named latest), or null when it names none. */
export function lastNamedSource(text: string, sources: Sources): string | null {
  const plain = text.replace(/[\u2018\u2019]/g, "'").toLowerCase();
  let best: { id: string; at: number } | null = null;
  for (const [id, source] of sources) {
    for (const name of namesOf(source)) {
      const at = plain.lastIndexOf(name.toLowerCase());
      if (at >= 0 && (!best || at > best.at)) best = { id, at };
    }
  }
  return best?.id ?? null;
}

/** How the fact's sources may be named, for messages: `"The Diplomat", "Ramani" or …`. */
export function waysToName(fact: Fact, sources: Sources): string {
  const names = sourcesOf(fact, sources).flatMap((s) => namesOf(s).slice(0, 3));
  return names.map((n) => `"${n}"`).join(', ');
}

const ABBREVIATION = /(?:\b(?:e\.g|i\.e|etc|Mr|Mrs|Ms|Dr|St|vs|cf|No)|\b[A-Z])\.$/;

/**
 * The sentence of `text` that contains position `at`: where a value is inserted, or where a citation marker
 * stands (`marker`). A marker right after a full stop belongs to the sentence it ends ("… grip on power.[1]").
 */
export function sentenceAt(text: string, at: number, marker = false): string {
  const isEnd = (i: number) => /[.!?]/.test(text[i]!) && !ABBREVIATION.test(text.slice(Math.max(0, i - 5), i + 1)) && /^["”’')\]]*(\s|$)/.test(text.slice(i + 1));
  let anchor = at;
  const before = marker ? /[.!?]["”’')\]]*\s*$/.exec(text.slice(0, at)) : null;
  if (before && isEnd(before.index)) anchor = before.index;
  let start = anchor;
  while (start > 0 && !isEnd(start - 1)) start--;
  let end = anchor;
  while (end < text.length && !isEnd(end)) end++;
  return text.slice(start, Math.min(text.length, end + 1)).trim();
}

/**
 * The parts of the rule that need no rendering: a judgement fact's statement names its source; a question on a
 * judgement fact names the source in its prompt (a "which source?" question excepted: the source is its answer;
 * a matching pair or ordering item may name it in its own label); a `{fact:…}` placeholder of a judgement in a title,
 * description, objective or discussion question sits in a text that names the source.
 * The lesson text is checked on the rendered pages (`checkRenderedLesson`).
 */
export function validateJudgementAttribution(content: Pick<Content, 'facts' | 'sources' | 'quizzes' | 'lessons'>): Problem[] {
  const facts = new Map(content.facts.map((f) => [f.id, f.data]));
  const sources: Sources = new Map(content.sources.map((s) => [s.id, s.data]));
  const judgement = (id: string) => {
    const f = facts.get(id);
    return f?.claim === 'judgement' ? f : undefined;
  };
  const problems: Problem[] = [];

  for (const fact of content.facts) {
    if (fact.data.claim !== 'judgement' || attributionIn(fact.data.statement, fact.data, sources)) continue;
    problems.push({ file: fact.file, line: fact.line, item: fact.id, field: 'statement', expected: `a judgement's statement that names its source (${waysToName(fact.data, sources)})`, found: `${show(fact.data.statement)}, which names none` });
  }

  const labelOf = (q: Question, field: string): string => {
    const m = /^(items|pairs)\.(\d+)\.fact$/.exec(field);
    if (!m) return '';
    return q.type === 'ordering' ? (q.items[Number(m[2])]?.label ?? '') : q.type === 'matching' ? (q.pairs[Number(m[2])]?.left ?? '') : '';
  };
  for (const quiz of content.quizzes) {
    for (const q of quiz.data.questions) {
      if ((q.type === 'single-choice' || q.type === 'true-false') && q.asks === 'source') continue;
      for (const { id, field } of factIdsOf(q)) {
        const fact = judgement(id);
        if (!fact || attributionIn(`${q.prompt} ${labelOf(q, field)}`, fact, sources)) continue;
        problems.push({ file: quiz.file, line: questionLine(quiz, q.id), item: q.id, field: field === 'fact' ? 'prompt' : `prompt (${field})`, expected: `a prompt that names the source of judgement fact ${id} (${waysToName(fact, sources)})`, found: show(q.prompt) });
      }
    }
  }

  const placeholderTexts = [
    ...content.lessons.flatMap((l) => {
      const d = l.data;
      const fields: [string, string][] = [['title', d.title], ['description', d.description], ...d.objectives.map((t, i): [string, string] => [`objectives.${i}`, t]), ...d.discussion.map((t, i): [string, string] => [`discussion.${i}`, t])];
      return fields.map(([field, text]) => ({ file: l.file, line: fieldLine(l, field), item: l.id, field, text }));
    }),
    ...content.quizzes.flatMap((q) => [['title', q.data.title], ['description', q.data.description ?? '']].map(([field, text]) => ({ file: q.file, line: q.line, item: q.id, field: field!, text: text! }))),
  ];
  for (const t of placeholderTexts) {
    for (const { id } of placeholderFacts(t.text)) {
      const fact = judgement(id);
      if (!fact || attributionIn(t.text, fact, sources)) continue;
      problems.push({ file: t.file, line: t.line, item: t.item, field: t.field, expected: `a text that names the source of judgement fact ${id} it inserts (${waysToName(fact, sources)})`, found: show(t.text) });
    }
  }
  return problems;
}
