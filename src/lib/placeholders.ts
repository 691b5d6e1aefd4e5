// Titles, descriptions, objectives and discussion questions take values from the data instead of typing them:
// `{fact:osce-chair-2010|year}` inserts a fact's value in a form, `{questions}` the number of a quiz's questions.
import type { Fact } from '../schemas/fact.ts';
import { valueInProse, formProblem, type NameLookup, type ValueForm } from './value-forms.ts';

const PLACEHOLDER = /\{(fact:([a-z0-9-]+)(?:\|([a-z]+))?|questions)\}/g;

export interface PlaceholderContext {
  facts: ReadonlyMap<string, Fact>;
  names: NameLookup;
  /** The number of questions of the quiz the text belongs to; absent outside quizzes. */
  questions?: number;
  /** How a value reads in the text's language (translations); English prose by default. */
  valueText?: (value: NonNullable<Fact['value']>, form: ValueForm | undefined, fact: Fact) => string;
}

/** The facts a text inserts through `{fact:id|form}` placeholders, in order. */
export function placeholderFacts(text: string): { id: string; form?: string }[] {
  return [...text.matchAll(PLACEHOLDER)].flatMap((m) => (m[2] ? [{ id: m[2], ...(m[3] ? { form: m[3] } : {}) }] : []));
}

/** The text as a reader sees it, with each placeholder replaced by `stand(id)` (or a neutral word for counts). */
export function withoutPlaceholders(text: string, stand: (id: string) => string = () => 'VALUE'): string {
  return text.replace(PLACEHOLDER, (_, what: string, id?: string) => (what === 'questions' ? 'N' : stand(id!)));
}

/** Why a placeholder cannot be filled, one message per bad placeholder (empty when all are fine). */
export function placeholderProblems(text: string, ctx: PlaceholderContext): { placeholder: string; expected: string }[] {
  const out: { placeholder: string; expected: string }[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (m[1] === 'questions') {
      if (ctx.questions === undefined) out.push({ placeholder: m[0], expected: '{questions} only in a quiz title or description' });
      continue;
    }
    const fact = ctx.facts.get(m[2]!);
    if (!fact) out.push({ placeholder: m[0], expected: `a fact id that exists in src/data/facts/ (${m[2]})` });
    else if (fact.disputed) out.push({ placeholder: m[0], expected: `an undisputed fact (${fact.id} is disputed: say so in a lesson with <Fact>, not in a title)` });
    else if (m[3]) {
      const problem = formProblem(fact.value!, m[3]);
      if (problem) out.push({ placeholder: m[0], expected: problem });
    }
  }
  for (const m of text.matchAll(/\{[^}]*\}/g)) {
    if (!m[0].match(new RegExp(`^${PLACEHOLDER.source}$`))) out.push({ placeholder: m[0], expected: 'a placeholder written {fact:<id>}, {fact:<id>|<form>} or {questions}' });
  }
  return out;
}

/** The text with its placeholders filled. Throws on a placeholder `placeholderProblems` would report. */
export function fillPlaceholders(text: string, ctx: PlaceholderContext): string {
  const problems = placeholderProblems(text, ctx);
  if (problems.length > 0) throw new Error(`${problems[0]!.placeholder} in "${text}": expected ${problems[0]!.expected}`);
  return text.replace(PLACEHOLDER, (_, what: string, id?: string, form?: string) =>
    what === 'questions'
      ? String(ctx.questions)
      : (ctx.valueText ?? ((value, f) => valueInProse(value, f, ctx.names)))(ctx.facts.get(id!)!.value!, form as ValueForm | undefined, ctx.facts.get(id!)!),
  );
}
