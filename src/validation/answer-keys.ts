import type { Located } from '../lib/load-content.ts';
import { questionLine } from '../lib/load-content.ts';
import type { Fact } from '../schemas/fact.ts';
import type { Choice, Question, Quiz } from '../schemas/quiz.ts';
import type { FactValue } from '../schemas/value.ts';
import { compareDates, formatChoice, formatValue, includesActor, matchesValue, normaliseName, numericSpan, startDate } from '../lib/values.ts';
import { show, type Problem } from './problem.ts';

type Report = (field: string, expected: string, found: string) => void;

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

/** Checks one question's key against the facts it cites. One `case` per question type. */
function checkQuestion(question: Question, factsById: ReadonlyMap<string, Fact>, report: Report): void {
  const resolve = (id: string, field: string): [Fact, FactValue] | null => {
    const fact = factsById.get(id);
    if (!fact) return null; // reported by validateReferences
    const value = claimFor(fact, question, field, report);
    return value ? [fact, value] : null;
  };

  switch (question.type) {
    case 'single-choice': {
      if (question.asks !== 'value') return; // checked by the rules for each kind of `asks`
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
      if (question.asks !== 'value') return; // checked by the rules for each kind of `asks`
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

/** Every answer key in the quiz must agree with the facts it cites; returns one problem per disagreement. */
export function validateAnswerKeys(quiz: Located<Quiz>, factsById: ReadonlyMap<string, Fact>): Problem[] {
  const problems: Problem[] = [];
  for (const question of quiz.data.questions) {
    const line = questionLine(quiz, question.id);
    checkQuestion(question, factsById, (field, expected, found) => problems.push({ file: quiz.file, line, item: question.id, field, expected, found }));
  }
  return problems;
}
