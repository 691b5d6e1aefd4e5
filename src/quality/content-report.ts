// `npm run content:report`: per lesson and quiz, the numbers a reviewer looks at first — facts used, the skills
// mix, the true/false balance, attributed judgements, the questions that are only recall — and what each rule finds.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Content } from '../lib/load-content.ts';
import { latestSourceOf } from '../lib/lesson-sources.ts';
import { factIdsOf, questionsOfQuiz } from '../lib/questions.ts';
import { formatDate, formatValue } from '../lib/values.ts';
import { skills, type Question } from '../schemas/quiz.ts';
import { MAX_ONE_WAY } from '../validation/quiz-balance.ts';
import { MIN_BEYOND_RECALL, MIN_COMPARE_SOURCES } from '../validation/quiz-skills.ts';
import { checkRenderedLesson } from '../validation/rendered-lesson-text.ts';
import type { ContentRule } from '../validation/rules.ts';
import type { Problem } from '../validation/problem.ts';

export interface LessonReport {
  id: string;
  order: number;
  file: string;
  quiz: string;
  /** Facts the text inserts with <Fact> or cites with <Cite> (distinct). */
  factsUsed: number;
  inserted: number;
  citedOnly: number;
  judgements: string[];
  /** From the built page; null when there is no up-to-date build to read. */
  unattributedJudgements: string[] | null;
  sourcesEnd: string | null;
  problems: Partial<Record<ContentRule, number>>;
}

export interface QuizReport {
  id: string;
  file: string;
  lesson: string | null;
  questions: number;
  factsUsed: number;
  skills: Record<(typeof skills)[number], number>;
  /** Share of questions beyond recall, 0–1. */
  beyondRecall: number;
  trueFalse: { true: number; false: number; maxOneWay: number };
  judgementQuestions: number;
  attributedJudgementQuestions: number;
  recallOnly: string[];
  /** In a quiz without a lesson (the final exam): questions whose key follows one source on a disputed fact. */
  followsSourceOnDisputed: { question: string; fact: string; source: string; claims: string }[];
  problems: Partial<Record<ContentRule, number>>;
}

export interface ContentReport {
  /** Where lesson attribution was read from, or why it was not. */
  rendered: string;
  lessons: LessonReport[];
  quizzes: QuizReport[];
}

function countByRule(byRule: ReadonlyMap<ContentRule, Problem[]>, file: string): Partial<Record<ContentRule, number>> {
  const out: Partial<Record<ContentRule, number>> = {};
  for (const [rule, list] of byRule) {
    const n = list.filter((p) => p.file === file).length;
    if (n > 0) out[rule] = n;
  }
  return out;
}

/** The built lesson pages, if `dist` holds a build newer than every lesson and fact file. */
function renderedPages(root: string, content: Content): { read: (id: string) => string | null; note: string } {
  const dist = join(root, 'dist', 'lessons');
  if (!existsSync(dist)) return { read: () => null, note: 'no build in dist/: run `npm run build` for attribution in lesson text' };
  const sources = [...content.lessons.map((l) => l.file), ...new Set(content.facts.map((f) => f.file))];
  const newest = Math.max(...sources.map((f) => statSync(join(root, f)).mtimeMs));
  const page = (id: string) => join(dist, id, 'index.html');
  const stale = content.lessons.some((l) => !existsSync(page(l.id)) || statSync(page(l.id)).mtimeMs < newest);
  if (stale) return { read: () => null, note: 'the build in dist/ is older than the content: run `npm run build` for attribution in lesson text' };
  return { read: (id) => readFileSync(page(id), 'utf8'), note: 'lesson text read from the build in dist/' };
}

export function contentReport(root: string, content: Content, byRule: ReadonlyMap<ContentRule, Problem[]>): ContentReport {
  const facts = new Map(content.facts.map((f) => [f.id, f.data]));
  const sources = new Map(content.sources.map((s) => [s.id, s.data]));
  const pages = renderedPages(root, content);

  const lessons = [...content.lessons]
    .sort((a, b) => a.data.order - b.data.order)
    .map((lesson): LessonReport => {
      const refs = lesson.data.factRefs;
      const inserted = new Set(refs.filter((r) => r.component === 'Fact').map((r) => r.id));
      const used = new Set(refs.map((r) => r.id));
      const judgements = [...used].filter((id) => facts.get(id)?.claim === 'judgement');
      const html = pages.read(lesson.id);
      const rendered = html === null ? null : checkRenderedLesson({ file: lesson.file, id: lesson.id, factRefs: refs }, html, facts, sources);
      const unattributed = rendered === null ? null : [...new Set(rendered.attribution.map((p) => /judgement fact (\S+)/.exec(p.expected)?.[1] ?? ''))];
      const latest = latestSourceOf(refs, facts, sources);
      const problems = countByRule(byRule, lesson.file);
      if (rendered) {
        const add = (rule: ContentRule, n: number) => n > 0 && (problems[rule] = (problems[rule] ?? 0) + n);
        add('rendered-value-repeats', rendered.repeats.length);
        add('rendered-citation-spacing', rendered.spacing.length);
        add('judgement-attribution', rendered.attribution.length);
      }
      return {
        id: lesson.id,
        order: lesson.data.order,
        file: lesson.file,
        quiz: lesson.data.quiz,
        factsUsed: used.size,
        inserted: inserted.size,
        citedOnly: [...used].filter((id) => !inserted.has(id)).length,
        judgements,
        unattributedJudgements: unattributed,
        sourcesEnd: latest ? formatDate(latest.published.slice(0, 7)) : null,
        problems,
      };
    });

  const quizzesById = new Map(content.quizzes.map((q) => [q.id, q]));
  // Lesson quizzes in course order, then the quizzes without a lesson (the final exam).
  const orderOf = (lesson: string | null) => content.lessons.find((l) => l.id === lesson)?.data.order ?? Number.MAX_SAFE_INTEGER;
  const ordered = [...content.quizzes].sort((a, b) => orderOf(a.data.lesson) - orderOf(b.data.lesson));
  const quizzes = ordered.map((quiz): QuizReport => {
    const questions = questionsOfQuiz(quiz, quizzesById).map((x) => x.question);
    const count = Object.fromEntries(skills.map((s) => [s, questions.filter((q) => q.skill === s).length])) as QuizReport['skills'];
    const tf = questions.filter((q): q is Extract<Question, { type: 'true-false' }> => q.type === 'true-false');
    const yes = tf.filter((q) => q.answer).length;
    const judgementQs = questions.filter((q) => factIdsOf(q).some(({ id }) => facts.get(id)?.claim === 'judgement'));
    // Attributed exactly when the judgement rule finds nothing wrong with the question's prompt (one place decides).
    const unattributed = new Set((byRule.get('judgement-attribution') ?? []).filter((p) => p.field.startsWith('prompt')).map((p) => p.item));
    const attributed = judgementQs.filter((q) => !unattributed.has(q.id));
    return {
      id: quiz.id,
      file: quiz.file,
      lesson: quiz.data.lesson,
      questions: questions.length,
      factsUsed: new Set(questions.flatMap((q) => factIdsOf(q).map((f) => f.id))).size,
      skills: count,
      beyondRecall: questions.length ? (questions.length - count.recall) / questions.length : 0,
      trueFalse: { true: yes, false: tf.length - yes, maxOneWay: tf.length ? Math.max(yes, tf.length - yes) / tf.length : 0 },
      judgementQuestions: judgementQs.length,
      attributedJudgementQuestions: attributed.length,
      recallOnly: questions.filter((q) => q.skill === 'recall').map((q) => q.id),
      followsSourceOnDisputed:
        quiz.data.lesson !== null
          ? []
          : questions.flatMap((q) =>
              q.followsSource === undefined
                ? []
                : factIdsOf(q)
                    .filter(({ id }) => facts.get(id)?.disputed)
                    .map(({ id }) => ({ question: q.id, fact: id, source: q.followsSource!, claims: facts.get(id)!.citations.filter((c) => c.value).map((c) => `${c.source} says ${formatValue(c.value!)}`).join(', ') })),
            ),
      problems: countByRule(byRule, quiz.file),
    };
  });
  return { rendered: pages.note, lessons, quizzes };
}

const pct = (x: number) => `${Math.round(x * 100)} %`;
const mark = (ok: boolean) => (ok ? 'ok' : 'BELOW');
const rules = (p: Partial<Record<ContentRule, number>>) => {
  const list = Object.entries(p).map(([rule, n]) => `${rule} ${n}`);
  return list.length ? list.join(', ') : 'none';
};

/** The report as plain text, lesson by lesson (in course order) and quiz by quiz. */
export function formatContentReport(r: ContentReport): string {
  const out: string[] = [`Content report (${r.rendered})`, ''];
  for (const l of r.lessons) {
    out.push(`Lesson ${l.order}: ${l.id} (${l.file})`);
    out.push(`  facts used: ${l.factsUsed} (${l.inserted} inserted, ${l.citedOnly} only cited)`);
    const unattributed = l.unattributedJudgements;
    out.push(`  judgements: ${l.judgements.length}${unattributed === null ? ', attribution in the text not read (no up-to-date build)' : `, attributed in their sentences: ${l.judgements.length - unattributed.length}${unattributed.length ? ` (not: ${unattributed.join(', ')})` : ''}`}`);
    out.push(`  sources end: ${l.sourcesEnd ?? 'no sources cited'}`);
    out.push(`  problems by rule: ${rules(l.problems)}`);
    out.push('');
  }
  for (const q of r.quizzes) {
    out.push(`Quiz ${q.id}${q.lesson ? ` (lesson ${q.lesson})` : ' (no lesson: final exam)'} — ${q.questions} questions, ${q.factsUsed} facts`);
    const s = q.skills;
    const lessonQuiz = q.lesson !== null;
    out.push(`  skills: recall ${s.recall}, explain ${s.explain}, compare-sources ${s['compare-sources']}, evaluate ${s.evaluate}; beyond recall ${pct(q.beyondRecall)}${lessonQuiz ? ` (${mark(q.beyondRecall >= MIN_BEYOND_RECALL)}: at least ${pct(MIN_BEYOND_RECALL)}), compare-sources ${mark(s['compare-sources'] >= MIN_COMPARE_SOURCES)} (at least ${MIN_COMPARE_SOURCES})` : ''}`);
    const tfTotal = q.trueFalse.true + q.trueFalse.false;
    out.push(`  true/false: ${q.trueFalse.true} true, ${q.trueFalse.false} false${tfTotal ? `; ${pct(q.trueFalse.maxOneWay)} one way (${q.trueFalse.maxOneWay <= MAX_ONE_WAY ? 'ok' : 'OVER'}: at most ${pct(MAX_ONE_WAY)})` : ''}`);
    out.push(`  judgement questions: ${q.judgementQuestions}, naming the source in the prompt: ${q.attributedJudgementQuestions}`);
    out.push(`  recall only (${q.recallOnly.length}): ${q.recallOnly.join(', ') || 'none'}`);
    if (!lessonQuiz) {
      out.push(`  keys following one source on a disputed fact (${q.followsSourceOnDisputed.length}): ${q.followsSourceOnDisputed.length ? '' : 'none'}`);
      for (const f of q.followsSourceOnDisputed) out.push(`    - ${f.question} follows ${f.source} on ${f.fact} (${f.claims})`);
    }
    out.push(`  problems by rule: ${rules(q.problems)}`);
    out.push('');
  }
  return out.join('\n');
}
