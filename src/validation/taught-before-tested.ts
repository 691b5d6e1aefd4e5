// Taught before tested: a lesson's quiz asks only about what that lesson, or an earlier one, has taught.
import { questionLine, type Content, type Located } from '../lib/load-content.ts';
import { placeholderFacts } from '../lib/placeholders.ts';
import { factIdsOf, questionsOfQuiz } from '../lib/questions.ts';
import type { LessonBody } from '../lib/load-content.ts';
import type { LessonFrontmatter } from '../schemas/lesson.ts';
import type { Quiz } from '../schemas/quiz.ts';
import type { Problem } from './problem.ts';

type Lesson = Located<LessonFrontmatter & LessonBody>;

/** The facts a lesson teaches: those its text inserts (`<Fact>`, `{fact:…}`) or cites (`<Cite>`). */
export function factsTaughtBy(lesson: LessonFrontmatter & LessonBody): Set<string> {
  const fm = [lesson.title, lesson.description, ...lesson.objectives, ...lesson.discussion].flatMap(placeholderFacts).map((p) => p.id);
  return new Set([...lesson.factRefs.map((r) => r.id), ...fm]);
}

/** An explanation that sends the student to the lesson ("a fact from the lesson", "this lesson says"). */
const NAMES_THE_LESSON = /\b(?:the|this) lesson\b/i;

/**
 * Every fact a lesson quiz's question rests on (each ordering item and matching pair too) is taught in the quiz's
 * lesson or an earlier one by `order`; only a quiz without a lesson (the final exam) may draw on every lesson.
 * An explanation that says the point is "from the lesson" must be right about it: each fact is in that lesson itself.
 */
export function validateTaughtBeforeTested(content: Pick<Content, 'lessons' | 'quizzes' | 'facts'>): Problem[] {
  // An unknown fact is reported by validateReferences, not again here.
  const exists = new Set(content.facts.map((f) => f.id));
  const lessons = [...content.lessons].sort((a, b) => a.data.order - b.data.order);
  const byId = new Map(lessons.map((l) => [l.id, l]));
  const taught = new Map(lessons.map((l) => [l.id, factsTaughtBy(l.data)]));
  const firstTaught = new Map<string, Lesson>();
  for (const l of lessons) for (const id of taught.get(l.id)!) if (!firstTaught.has(id)) firstTaught.set(id, l);
  const where = (id: string) => {
    const l = firstTaught.get(id);
    return l ? `first taught in lesson ${l.id} (order ${l.data.order})` : 'taught in no lesson';
  };
  const quizzes = new Map(content.quizzes.map((q) => [q.id, q]));
  const problems: Problem[] = [];

  for (const quiz of content.quizzes) {
    const lesson = quiz.data.lesson === null ? undefined : byId.get(quiz.data.lesson);
    if (lesson) {
      const known = new Set(lessons.filter((l) => l.data.order <= lesson.data.order).flatMap((l) => [...taught.get(l.id)!]));
      for (const { question, home } of questionsOfQuiz(quiz, quizzes)) {
        const own = home === quiz;
        for (const { id, field } of factIdsOf(question)) {
          if (known.has(id) || !exists.has(id)) continue;
          problems.push({
            file: quiz.file,
            line: own ? questionLine(quiz, question.id) : quiz.line,
            item: question.id,
            field: own ? field : `includes (from ${home.id}) ${field}`,
            expected: `a fact taught (with <Fact> or <Cite>) in lesson ${lesson.id} (order ${lesson.data.order}) or an earlier lesson`,
            found: `fact ${id}, ${where(id)}`,
          });
        }
      }
    }
    // Explanations are checked once, in the quiz that owns the question.
    for (const question of quiz.data.questions) {
      const said = NAMES_THE_LESSON.exec(question.explanation);
      if (!said) continue;
      const at = { file: quiz.file, line: questionLine(quiz as Located<Quiz>, question.id), item: question.id, field: 'explanation' };
      if (quiz.data.lesson === null) {
        problems.push({ ...at, expected: `an explanation that says "${said[0]}" only in a quiz that has a lesson`, found: `"${said[0]}" in quiz ${quiz.id}, which has none` });
        continue;
      }
      const facts = taught.get(quiz.data.lesson);
      if (!facts) continue; // an unknown lesson is reported by validateReferences
      for (const { id } of factIdsOf(question)) {
        if (!facts.has(id) && exists.has(id)) problems.push({ ...at, expected: `every fact of the question taught in lesson ${quiz.data.lesson} itself, as "${said[0]}" says`, found: `fact ${id}, ${where(id)}` });
      }
    }
  }
  return problems;
}
