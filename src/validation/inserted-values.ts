import type { Content } from '../lib/load-content.ts';
import { placeholderProblems } from '../lib/placeholders.ts';
import { formProblem } from '../lib/value-forms.ts';
import { questionCount } from '../lib/questions.ts';
import type { Fact } from '../schemas/fact.ts';
import type { Problem } from './problem.ts';

/**
 * Values inserted into text must fit where they go: a `<Fact form>` in a lesson must suit the fact's kind of value,
 * and every `{fact:id|form}` or `{questions}` placeholder in front matter, quiz titles and descriptions must be fillable.
 */
export function validateInsertedValues(content: Pick<Content, 'facts' | 'lessons' | 'quizzes'>): Problem[] {
  const facts = new Map<string, Fact>(content.facts.map((f) => [f.id, f.data]));
  const names = () => undefined;
  const problems: Problem[] = [];
  for (const lesson of content.lessons) {
    for (const ref of lesson.data.factRefs) {
      if (ref.form === undefined) continue;
      const fact = facts.get(ref.id);
      if (!fact) continue; // reported by validateReferences
      if (ref.component === 'Cite') {
        problems.push({ file: lesson.file, line: ref.line, item: lesson.id, field: '<Cite form>', expected: 'no form on <Cite> (it inserts no value)', found: `form="${ref.form}"` });
        continue;
      }
      const values = fact.disputed ? fact.citations.flatMap((c) => (c.value ? [c.value] : [])) : [fact.value!];
      const problem = values.map((v) => formProblem(v, ref.form!)).find((p) => p !== null);
      if (problem) problems.push({ file: lesson.file, line: ref.line, item: lesson.id, field: `<Fact id="${ref.id}" form>`, expected: problem, found: `form="${ref.form}"` });
    }
    const texts: [string, string][] = [
      ['title', lesson.data.title],
      ['description', lesson.data.description],
      ...lesson.data.objectives.map((t, i): [string, string] => [`objectives.${i}`, t]),
      ...lesson.data.discussion.map((t, i): [string, string] => [`discussion.${i}`, t]),
    ];
    for (const [field, text] of texts) {
      for (const p of placeholderProblems(text, { facts, names })) problems.push({ file: lesson.file, line: 1, item: lesson.id, field, expected: p.expected, found: p.placeholder });
    }
  }
  for (const quiz of content.quizzes) {
    const questions = questionCount(quiz.data);
    for (const [field, text] of [['title', quiz.data.title], ['description', quiz.data.description ?? '']] as const) {
      for (const p of placeholderProblems(text, { facts, names, questions })) problems.push({ file: quiz.file, line: 1, item: quiz.id, field, expected: p.expected, found: p.placeholder });
    }
  }
  return problems;
}
