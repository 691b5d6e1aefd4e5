import type { Content } from '../lib/load-content.ts';
import { questionLine } from '../lib/load-content.ts';
import { factIdsOf } from '../lib/questions.ts';
import { show, type Problem } from './problem.ts';

function nearest(id: string, known: Iterable<string>): string {
  // A hint for typos: the known id sharing the longest prefix.
  let best = '';
  let score = 0;
  for (const k of known) {
    let n = 0;
    while (n < k.length && n < id.length && k[n] === id[n]) n++;
    if (n > score) [best, score] = [k, n];
  }
  return score >= 4 ? ` (did you mean "${best}"?)` : '';
}

/** Every id that points elsewhere must point at something that exists. */
export function validateReferences(content: Content): Problem[] {
  const problems: Problem[] = [];
  const sources = new Set(content.sources.map((s) => s.id));
  const facts = new Map(content.facts.map((f) => [f.id, f.data]));
  const glossary = new Set(content.glossary.map((g) => g.id));
  const lessons = new Map(content.lessons.map((l) => [l.id, l.data]));
  const quizzes = new Map(content.quizzes.map((q) => [q.id, q.data]));
  // Items that failed their schema were reported already; a reference to them is not a second problem.
  const exists = (known: { has(id: string): boolean }, id: string) => known.has(id) || content.unparsed.has(id);
  const unknown = (kind: string, id: string, known: Iterable<string>) => ({ expected: `a known ${kind} id`, found: `"${id}"${nearest(id, known)}` });

  for (const fact of content.facts) {
    fact.data.citations.forEach((c, i) => {
      if (!exists(sources, c.source)) problems.push({ file: fact.file, line: fact.line, item: fact.id, field: `citations.${i}.source`, ...unknown('source', c.source, sources) });
    });
  }
  for (const term of content.glossary) {
    term.data.facts?.forEach((id, i) => {
      if (!exists(facts, id)) problems.push({ file: term.file, line: term.line, item: term.id, field: `facts.${i}`, ...unknown('fact', id, facts.keys()) });
    });
    term.data.seeAlso?.forEach((id, i) => {
      if (!exists(glossary, id)) problems.push({ file: term.file, line: term.line, item: term.id, field: `seeAlso.${i}`, ...unknown('glossary', id, glossary) });
    });
  }
  for (const lesson of content.lessons) {
    const l = lesson.data;
    if (!exists(quizzes, l.quiz)) problems.push({ file: lesson.file, line: 1, item: lesson.id, field: 'quiz', ...unknown('quiz', l.quiz, quizzes.keys()) });
    for (const ref of l.factRefs) {
      if (!exists(facts, ref.id)) problems.push({ file: lesson.file, line: ref.line, item: lesson.id, field: '<Fact>', ...unknown('fact', ref.id, facts.keys()) });
    }
    for (const ref of l.termRefs) {
      if (!exists(glossary, ref.id)) problems.push({ file: lesson.file, line: ref.line, item: lesson.id, field: '<Term>', ...unknown('glossary', ref.id, glossary) });
    }
  }
  for (const quiz of content.quizzes) {
    const q = quiz.data;
    const lesson = q.lesson === null ? undefined : lessons.get(q.lesson);
    if (q.lesson !== null && !lesson && !content.unparsed.has(q.lesson)) problems.push({ file: quiz.file, line: 1, item: quiz.id, field: 'lesson', ...unknown('lesson', q.lesson, lessons.keys()) });
    q.includes?.forEach((inc, i) => {
      const other = quizzes.get(inc.quiz);
      if (!other) {
        if (content.unparsed.has(inc.quiz)) return;
        problems.push({ file: quiz.file, line: 1, item: quiz.id, field: `includes.${i}.quiz`, ...unknown('quiz', inc.quiz, quizzes.keys()) });
        return;
      }
      const ids = new Set(other.questions.map((x) => x.id));
      inc.questions.forEach((id, j) => {
        if (!ids.has(id)) problems.push({ file: quiz.file, line: 1, item: quiz.id, field: `includes.${i}.questions.${j}`, expected: `a question id of quiz ${inc.quiz}`, found: show(id) });
      });
    });
    for (const question of q.questions) {
      const at = { file: quiz.file, line: questionLine(quiz, question.id), item: question.id };
      for (const { id, field } of factIdsOf(question)) {
        if (!exists(facts, id)) problems.push({ ...at, field, ...unknown('fact', id, facts.keys()) });
      }
      if (question.section !== undefined) {
        if (!lesson) problems.push({ ...at, field: 'section', expected: 'a section only on a quiz that belongs to a lesson', found: show(question.section) });
        else if (!lesson.anchors.includes(question.section)) problems.push({ ...at, field: 'section', expected: `a heading anchor of lesson ${q.lesson}`, found: `"${question.section}"${nearest(question.section, lesson.anchors)}` });
      }
      if (question.followsSource !== undefined && !exists(sources, question.followsSource)) {
        problems.push({ ...at, field: 'followsSource', ...unknown('source', question.followsSource, sources) });
      }
    }
  }
  return problems;
}
