import type { Content, Located } from '../lib/load-content.ts';
import { questionLine } from '../lib/load-content.ts';
import { claimKinds, type Fact } from '../schemas/fact.ts';
import type { Choice, Question, Quiz } from '../schemas/quiz.ts';
import type { Source } from '../schemas/source.ts';
import type { FactValue } from '../schemas/value.ts';
import { compareDates, formatChoice, formatValue, includesActor, matchesValue, normaliseName, numericSpan, startDate } from '../lib/values.ts';
import { nameOfSourceIn } from '../lib/source-names.ts';
import { normaliseQuoteText } from './verify-quotes.ts';
import { show, type Problem } from './problem.ts';

type Report = (field: string, expected: string, found: string) => void;

/** What keys are checked against: the facts, the sources, and which facts each quote belongs to. */
export interface KeyData {
  facts: ReadonlyMap<string, Fact>;
  sources: ReadonlyMap<string, Source>;
  /** Normalised quote → ids of the facts citing it (for `asks: evidence`). */
  quoteOwners: ReadonlyMap<string, ReadonlySet<string>>;
}

export function keyDataOf(content: Pick<Content, 'facts' | 'sources'>): KeyData {
  const quoteOwners = new Map<string, Set<string>>();
  for (const fact of content.facts) {
    for (const c of fact.data.citations) {
      const q = normaliseQuoteText(c.quote);
      if (!quoteOwners.has(q)) quoteOwners.set(q, new Set());
      quoteOwners.get(q)!.add(fact.id);
    }
  }
  return { facts: new Map(content.facts.map((f) => [f.id, f.data])), sources: new Map(content.sources.map((s) => [s.id, s.data])), quoteOwners };
}

function sameChoice(a: Choice, b: Choice): boolean {
  return normaliseName(formatChoice(a)) === normaliseName(formatChoice(b));
}

function claimsOf(fact: Fact): string {
  return fact.citations
    .filter((c) => c.value)
    .map((c) => `${c.source} says ${formatValue(c.value!)}`)
    .join(', ');
}

/**
 * The value a key is checked against: the fact's value, or for a disputed fact the claim of the source the
 * question says it follows. Reports and returns null when that cannot be decided.
 */
export function claimFor(fact: Fact, question: Question, field: string, report: Report): FactValue | null {
  if (!fact.disputed) return fact.value!;
  if (question.followsSource === undefined) {
    report('followsSource', `the source the key follows, because fact ${fact.id} (${field}) is disputed: ${claimsOf(fact)}`, 'nothing');
    return null;
  }
  const claim = fact.citations.find((c) => c.source === question.followsSource && c.value);
  if (!claim) {
    report('followsSource', `one of the sources with a claim on disputed fact ${fact.id}: ${claimsOf(fact)}`, show(question.followsSource));
    return null;
  }
  return claim.value!;
}

const describe = (fact: Fact, value: FactValue) => `fact ${fact.id} (${formatValue(value)})`;

function checkChoices(answer: Choice, distractors: readonly Choice[], fact: Fact, value: FactValue, report: Report): void {
  if (!matchesValue(answer, value)) report('answer', `the choice that states ${describe(fact, value)}`, show(answer));
  distractors.forEach((d, i) => {
    if (sameChoice(d, answer)) report(`distractors.${i}`, 'a distractor different from the answer', `${show(d)}, equal to the answer`);
    else if (matchesValue(d, value)) report(`distractors.${i}`, `a distractor that is false for ${describe(fact, value)}`, `${show(d)}, which is also true: more than one choice matches`);
    else if (distractors.slice(0, i).some((e) => sameChoice(d, e))) report(`distractors.${i}`, 'distinct distractors', `${show(d)} twice`);
  });
}

/** Checks one question's key against the facts it cites. One `case` per question type, then per kind of `asks`. */
function checkQuestion(question: Question, data: KeyData, report: Report): void {
  const factsById = data.facts;
  if (question.type === 'single-choice' || question.type === 'true-false') {
    if (question.type === 'single-choice' && question.claims !== undefined && question.asks !== 'source') report('claims', 'claims on a single-choice question only with asks: source', show(question.claims));
    if (question.type === 'true-false' && question.sources !== undefined && question.asks !== 'agreement') report('sources', 'sources on a true/false question only with asks: agreement', show(question.sources));
    if (question.asks !== 'value') {
      const fact = factsById.get(question.fact);
      if (fact) checkAsks(question, fact, data, report); // an unknown fact is reported by validateReferences
      return;
    }
  }
  const resolve = (id: string, field: string): [Fact, FactValue] | null => {
    const fact = factsById.get(id);
    if (!fact) return null; // reported by validateReferences
    const value = claimFor(fact, question, field, report);
    return value ? [fact, value] : null;
  };

  switch (question.type) {
    case 'single-choice': {
      const r = resolve(question.fact, 'fact');
      if (r) checkChoices(question.answer, question.distractors, r[0], r[1], report);
      return;
    }
    case 'multiple-select': {
      const r = resolve(question.fact, 'fact');
      if (!r) return;
      const [fact, value] = r;
      if (value.kind !== 'actors') {
        report('fact', 'a fact whose value is a set of actors (multiple-select)', `fact ${fact.id} of kind ${value.kind}`);
        return;
      }
      question.answers.forEach((a, i) => {
        if (!includesActor(value, a)) report(`answers.${i}`, `a member of ${describe(fact, value)}`, show(a));
      });
      const missing = value.actors.filter((a) => !question.answers.some((x) => normaliseName(x) === normaliseName(a)));
      if (missing.length > 0) report('answers', `every member of ${describe(fact, value)}`, `${show(missing)} missing`);
      question.distractors.forEach((d, i) => {
        if (includesActor(value, d)) report(`distractors.${i}`, `a distractor outside ${describe(fact, value)}`, `${show(d)}, which is a member`);
      });
      return;
    }
    case 'true-false': {
      if (question.claims === undefined) {
        report('claims', "what the statement claims, in the fact's terms (a year, a number, a name…)", 'nothing');
        return;
      }
      const r = resolve(question.fact, 'fact');
      if (!r) return;
      const truth = matchesValue(question.claims, r[1]);
      if (truth !== question.answer) {
        report('answer', `${truth}, because the claim ${show(question.claims)} ${truth ? 'states' : 'does not state'} ${describe(r[0], r[1])}`, String(question.answer));
      }
      return;
    }
    case 'numeric': {
      const r = resolve(question.fact, 'fact');
      if (!r) return;
      const [fact, value] = r;
      if (value.kind === 'date-range' && question.part === undefined) {
        report('part', `start or end, because ${describe(fact, value)} is a range`, 'nothing');
        return;
      }
      const span = numericSpan(value, question.part);
      if (!span) {
        report('fact', 'a dated or numeric fact for a numeric question', `fact ${fact.id} of kind ${value.kind}`);
        return;
      }
      if (question.answer < span[0] || question.answer > span[1]) {
        report('answer', `${span[0] === span[1] ? span[0] : `${span[0]}–${span[1]}`} from ${describe(fact, value)}`, show(question.answer));
      }
      return;
    }
    case 'ordering': {
      let previous: { label: string; date: string; at: number } | null = null;
      question.items.forEach((item, i) => {
        const r = resolve(item.fact, `items.${i}.fact`);
        if (!r) return;
        const date = startDate(r[1]);
        if (date === null) {
          report(`items.${i}.fact`, 'a dated fact for an ordering question', `fact ${item.fact} of kind ${r[1].kind}`);
          return;
        }
        if (previous) {
          const order = compareDates(previous.date, date);
          if (order === 0) report(`items.${i}`, `an event later than "${previous.label}" (${formatValue(r[1])})`, `the same date as item ${previous.at} at the facts' precision: the order cannot be checked`);
          if (order > 0) report(`items.${i}`, `items in date order: "${item.label}" (${formatValue(r[1])}) comes before "${previous.label}"`, `it listed after item ${previous.at}`);
        }
        previous = { label: item.label, date, at: i };
      });
      return;
    }
    case 'matching': {
      const values = question.pairs.map((pair, i) => resolve(pair.fact, `pairs.${i}.fact`));
      question.pairs.forEach((pair, i) => {
        const r = values[i];
        if (!r) return;
        if (!matchesValue(pair.right, r[1])) report(`pairs.${i}.right`, `the value of ${describe(r[0], r[1])}`, show(pair.right));
        values.forEach((other, j) => {
          if (other && j !== i && other[0].id !== r[0].id && matchesValue(pair.right, other[1])) {
            report(`pairs.${i}.right`, `a right-hand side that matches only its own pair`, `${show(pair.right)} also matches pair ${j} (${describe(other[0], other[1])})`);
          }
        });
        if (question.pairs.slice(0, i).some((p) => normaliseName(p.left) === normaliseName(pair.left))) report(`pairs.${i}.left`, 'distinct left-hand sides', show(pair.left));
      });
      return;
    }
  }
}

type SingleChoice = Extract<Question, { type: 'single-choice' }>;
type TrueFalse = Extract<Question, { type: 'true-false' }>;

/** The sources that cite a fact, in citation order, once each. */
const citingSources = (fact: Fact) => [...new Set(fact.citations.map((c) => c.source))];

/** Distractors distinct from the answer and from each other (by `same`). */
function checkDistinct(answer: Choice, distractors: readonly Choice[], report: Report): boolean[] {
  return distractors.map((d, i) => {
    if (sameChoice(d, answer)) report(`distractors.${i}`, 'a distractor different from the answer', `${show(d)}, equal to the answer`);
    else if (distractors.slice(0, i).some((e) => sameChoice(d, e))) report(`distractors.${i}`, 'distinct distractors', `${show(d)} twice`);
    else return true;
    return false;
  });
}

/**
 * `asks: source` — "Which source says …?". Choices are source ids. The answer cites the fact (on a disputed fact
 * with `claims`: carries that claim); no distractor does; and the prompt must not give the answer away by naming it.
 * A true/false form claims a source id and is true exactly when that source cites the fact.
 */
function checkSourceKey(question: SingleChoice | TrueFalse, fact: Fact, data: KeyData, report: Report): void {
  const known = (id: Choice, field: string): Source | null => {
    const source = typeof id === 'string' ? data.sources.get(id) : undefined;
    if (!source) report(field, `a source id (one of ${[...data.sources.keys()].join(', ')})`, show(id));
    return source ?? null;
  };
  const citing = citingSources(fact);
  if (question.type === 'true-false') {
    if (question.claims === undefined) return report('claims', 'the source id the statement names', 'nothing');
    if (!known(question.claims, 'claims')) return;
    if (fact.disputed) return report('asks', `asks: value with followsSource on disputed fact ${fact.id}, so the claim itself is checked`, 'asks: source');
    const truth = citing.includes(question.claims as string);
    if (truth !== question.answer) report('answer', `${truth}, because ${question.claims} ${truth ? 'cites' : 'does not cite'} fact ${fact.id} (cited by ${citing.join(', ')})`, String(question.answer));
    return;
  }
  // The sources that make the statement the prompt asks about: all that cite the fact, or those carrying a claim.
  let carriers = citing;
  let claim = '';
  if (question.claims !== undefined) {
    if (!fact.disputed) return report('claims', `claims only on a disputed fact (fact ${fact.id} has one value: ask which source cites it)`, show(question.claims));
    carriers = fact.citations.filter((c) => c.value && matchesValue(question.claims!, c.value)).map((c) => c.source);
    if (carriers.length === 0) return report('claims', `a claim a source makes on disputed fact ${fact.id}: ${claimsOf(fact)}`, show(question.claims));
    claim = ` with the claim ${show(question.claims)}`;
  }
  const answer = known(question.answer, 'answer');
  if (answer && !carriers.includes(question.answer as string)) report('answer', `a source that cites fact ${fact.id}${claim} (${carriers.join(', ')})`, show(question.answer));
  const distinct = checkDistinct(question.answer, question.distractors, report);
  question.distractors.forEach((d, i) => {
    if (known(d, `distractors.${i}`) && distinct[i] && carriers.includes(d as string)) report(`distractors.${i}`, `a source that does not cite fact ${fact.id}${claim}`, `${show(d)}, which does: more than one choice is right`);
  });
  const named = answer ? nameOfSourceIn(question.prompt, answer) : null;
  if (named) report('prompt', `a prompt that does not name the answer (${question.answer})`, `"${named}" in the prompt`);
}

/**
 * `asks: agreement` — "Do the sources agree?". True exactly when the named sources (or all that cite the fact)
 * make the same claim, i.e. the fact is not disputed between them. Each named source must cite the fact.
 */
function checkAgreementKey(question: SingleChoice | TrueFalse, fact: Fact, report: Report): void {
  if (question.type !== 'true-false') return report('asks', 'asks: agreement only on a true/false question', 'a single-choice question');
  if (question.claims !== undefined) report('claims', 'no claims with asks: agreement (the statement is about the sources)', show(question.claims));
  const citing = citingSources(fact);
  const named = question.sources ?? citing;
  if (named.length < 2) return report('sources', `a fact cited by at least two sources (fact ${fact.id} is cited by ${citing.join(', ')})`, show(named));
  let ok = true;
  (question.sources ?? []).forEach((s, i) => {
    if (!citing.includes(s)) {
      report(`sources.${i}`, `a source that cites fact ${fact.id} (${citing.join(', ')})`, show(s));
      ok = false;
    }
  });
  if (!ok) return;
  const claims = fact.disputed ? fact.citations.filter((c) => c.value && named.includes(c.source)) : [];
  const agree = new Set(claims.map((c) => JSON.stringify(c.value))).size <= 1;
  if (agree !== question.answer) {
    const why = agree ? `${named.join(' and ')} agree on fact ${fact.id}${fact.disputed ? '' : ' (it is not disputed)'}` : `they disagree on fact ${fact.id}: ${claims.map((c) => `${c.source} says ${formatValue(c.value!)}`).join(', ')}`;
    report('answer', `${agree}, because ${why}`, String(question.answer));
  }
}

/** `asks: claim-kind` — "Event or interpretation?". Checked against the fact's `claim`. */
function checkClaimKindKey(question: SingleChoice | TrueFalse, fact: Fact, report: Report): void {
  const isKind = (c: Choice, field: string) => {
    const ok = typeof c === 'string' && (claimKinds as readonly string[]).includes(c);
    if (!ok) report(field, `a claim kind (${claimKinds.join(', ')})`, show(c));
    return ok;
  };
  if (question.type === 'true-false') {
    if (question.claims === undefined) return report('claims', `the claim kind the statement names (${claimKinds.join(', ')})`, 'nothing');
    if (!isKind(question.claims, 'claims')) return;
    const truth = question.claims === fact.claim;
    if (truth !== question.answer) report('answer', `${truth}, because fact ${fact.id} is ${fact.claim === 'event' ? 'an event' : `a ${fact.claim}`}`, String(question.answer));
    return;
  }
  if (isKind(question.answer, 'answer') && question.answer !== fact.claim) report('answer', `${fact.claim}, the claim kind of fact ${fact.id}`, show(question.answer));
  const distinct = checkDistinct(question.answer, question.distractors, report);
  question.distractors.forEach((d, i) => {
    if (isKind(d, `distractors.${i}`) && distinct[i] && d === fact.claim) report(`distractors.${i}`, `a claim kind other than ${fact.claim} (fact ${fact.id})`, show(d));
  });
}

/**
 * `asks: evidence` — "Which evidence supports this claim?". The answer is verbatim one of the fact's quotes; each
 * distractor is verbatim a quote of another fact, and not one of this fact's. A true/false form claims a quote.
 */
function checkEvidenceKey(question: SingleChoice | TrueFalse, fact: Fact, data: KeyData, report: Report): void {
  const own = new Set(fact.citations.map((c) => normaliseQuoteText(c.quote)));
  const ownerOf = (c: Choice) => (typeof c === 'string' ? data.quoteOwners.get(normaliseQuoteText(c)) : undefined);
  if (question.type === 'true-false') {
    if (question.claims === undefined) return report('claims', 'the quote the statement offers as evidence, verbatim from the dataset', 'nothing');
    if (!ownerOf(question.claims)) return report('claims', 'a quote verbatim from a fact in the dataset', show(question.claims));
    const truth = own.has(normaliseQuoteText(question.claims as string));
    if (truth !== question.answer) report('answer', `${truth}, because the quote is ${truth ? '' : 'not '}one of fact ${fact.id}'s citations`, String(question.answer));
    return;
  }
  if (typeof question.answer !== 'string' || !own.has(normaliseQuoteText(question.answer))) {
    report('answer', `a quote of fact ${fact.id}, verbatim: ${fact.citations.map((c) => show(c.quote)).join(' or ')}`, show(question.answer));
  }
  const distinct = checkDistinct(question.answer, question.distractors, report);
  question.distractors.forEach((d, i) => {
    if (!distinct[i]) return;
    const owners = ownerOf(d);
    if (!owners) report(`distractors.${i}`, 'a quote of another fact, verbatim from the dataset', show(d));
    else if (owners.has(fact.id)) report(`distractors.${i}`, `a quote of another fact, not one of fact ${fact.id}'s`, `${show(d)}, which fact ${fact.id} cites: more than one choice is right`);
  });
}

/** Keys of single-choice and true/false questions that ask about sources, agreement, claim kinds or evidence. */
function checkAsks(question: SingleChoice | TrueFalse, fact: Fact, data: KeyData, report: Report): void {
  switch (question.asks) {
    case 'source':
      return checkSourceKey(question, fact, data, report);
    case 'agreement':
      return checkAgreementKey(question, fact, report);
    case 'claim-kind':
      return checkClaimKindKey(question, fact, report);
    case 'evidence':
      return checkEvidenceKey(question, fact, data, report);
    case 'value':
      return; // checked with the question types above
  }
}

/** Every answer key in the quiz must agree with the facts it cites; returns one problem per disagreement. */
export function validateAnswerKeys(quiz: Located<Quiz>, data: KeyData): Problem[] {
  const problems: Problem[] = [];
  for (const question of quiz.data.questions) {
    const line = questionLine(quiz, question.id);
    checkQuestion(question, data, (field, expected, found) => problems.push({ file: quiz.file, line, item: question.id, field, expected, found }));
  }
  return problems;
}
