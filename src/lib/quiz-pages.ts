// Build-time helpers shared by the pages that show quizzes (quiz pages, review, teacher tools).
import { getCollection } from 'astro:content';
import { questionsOf, toRuntimeQuestion, type QuizContext } from '../quiz/runtime-data.ts';
import type { RuntimeQuestion } from '../quiz/types.ts';
import type { Quiz } from '../schemas/quiz.ts';

export async function quizContext(): Promise<{ ctx: QuizContext; quizzes: Map<string, Quiz> }> {
  const [facts, sources, quizzes] = await Promise.all([getCollection('facts'), getCollection('sources'), getCollection('quizzes')]);
  return {
    ctx: { facts: new Map(facts.map((f) => [f.id, f.data])), sources: new Map(sources.map((s) => [s.id, s.data])), base: import.meta.env.BASE_URL },
    quizzes: new Map(quizzes.map((q) => [q.id, q.data])),
  };
}

/** Every question of a quiz, ready for the browser. */
export function runtimeQuestions(quiz: Quiz, quizzes: Map<string, Quiz>, ctx: QuizContext): RuntimeQuestion[] {
  return questionsOf(quiz, quizzes).map(({ question, quiz: owner }) => toRuntimeQuestion(question, owner, ctx));
}

/** JSON safe to put inside a <script type="application/json">: no "</script>" can close it early. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** Every question of the course once (each from the quiz that owns it), for pages that run any selection. */
export function allRuntimeQuestions(quizzes: Map<string, Quiz>, ctx: QuizContext): RuntimeQuestion[] {
  return [...quizzes.values()].flatMap((quiz) => quiz.questions.map((question) => toRuntimeQuestion(question, quiz, ctx)));
}

/** What teacher tools need to know about a quiz: its title, lesson and question ids (included ones too). */
export interface QuizSummary {
  id: string;
  title: string;
  lesson: string | null;
  questionIds: string[];
  /** Pass mark of the quiz's SCORM package (percent), null for none. */
  masteryScore: number | null;
}

export function quizSummaries(quizzes: Map<string, Quiz>): QuizSummary[] {
  return [...quizzes.values()].map((quiz) => ({ id: quiz.id, title: quiz.title, lesson: quiz.lesson, questionIds: questionsOf(quiz, quizzes).map(({ question }) => question.id), masteryScore: quiz.masteryScore }));
}
