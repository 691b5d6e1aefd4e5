// Synthetic course content of any size, in the project's own folder layout, for `npm run bench`: facts of
// every value kind (some disputed), about one question per five facts mixing all six question types with
// keys that agree with the facts, quizzes of 20 questions plus a final exam, a lesson per topic, glossary
// terms and sources. Deterministic: the same size always gives the same files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { defaultPaths, type ContentPaths } from '../lib/load-content.ts';
import { topicIds, type Fact } from '../schemas/fact.ts';
import { DEFAULT_MASTERY_SCORE, type Question, type Quiz } from '../schemas/quiz.ts';
import type { Source } from '../schemas/source.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import type { FactValue } from '../schemas/value.ts';
import { factIdsOf } from '../lib/questions.ts';

export interface SyntheticCounts {
  facts: number;
  questions: number;
  quizzes: number;
  lessons: number;
  terms: number;
  sources: number;
}

const DAY = 86_400_000;
const EPOCH = Date.UTC(1950, 0, 1);
/** Fact i happens on day i after 1 January 1950: dates are distinct and increase with i. */
const dayOf = (i: number) => new Date(EPOCH + i * DAY).toISOString().slice(0, 10);

const ACTORS = [
  'Kazakhstan', 'Russia', 'Turkey', 'Iran', 'United States', 'China', 'France', 'Germany', 'United Kingdom', 'Japan',
  'India', 'Brazil', 'Egypt', 'Jordan', 'Saudi Arabia', 'Qatar', 'Armenia', 'Azerbaijan', 'Georgia', 'Uzbekistan',
  'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Mongolia', 'Pakistan', 'Afghanistan', 'Ukraine', 'Belarus', 'Poland', 'Italy',
  'Spain', 'Canada', 'Mexico', 'Nigeria', 'Kenya', 'Ethiopia', 'Indonesia', 'Malaysia', 'Vietnam', 'Korea',
];

const SOURCES: Source[] = [
  ...['alpha', 'beta', 'gamma', 'delta', 'epsilon'].map((name, i) => ({
    id: `synthetic-${name}`,
    kind: 'article' as const,
    title: `Synthetic article ${name}`,
    short: `Synthetic ${name}`,
    author: `Author ${name}`,
    publisher: 'Benchmark Press',
    published: `20${10 + i}-0${1 + i}`,
    url: null,
    file: `synthetic-${name}.txt`,
    notes: null,
  })),
  { id: 'synthetic-external', kind: 'external', title: 'A public document', short: 'Public record', author: null, publisher: null, issuer: 'A registry', published: '2015', url: 'https://example.org/record', file: null, notes: null },
];

const pad = (n: number) => String(n).padStart(6, '0');
export const factId = (i: number) => `fact-${pad(i)}`;

/** Kinds repeat every six facts, so every block of 30 has five facts of each kind at known offsets. */
function valueOf(i: number): FactValue {
  switch (i % 6) {
    case 0:
      return { kind: 'date', date: dayOf(i) };
    case 1:
      return { kind: 'date-range', start: dayOf(i), end: dayOf(i + 2) };
    case 2:
      return { kind: 'number', amount: 100 + i, unit: 'delegates' };
    case 3:
      return { kind: 'actors', actors: [ACTORS[i % 40]!, ACTORS[(i + 7) % 40]!, ACTORS[(i + 13) % 40]!] };
    case 4:
      return { kind: 'place', name: `Town ${i}`, country: 'Kazakhstan' };
    default:
      return { kind: 'term', term: `Accord ${i}`, aliases: [`The accord number ${i}`] };
  }
}

/** Every twentieth number fact is disputed: two sources give different amounts. */
const isDisputed = (i: number) => i % 6 === 2 && i % 20 === 2;

function fact(i: number, topic: (typeof topicIds)[number]): Fact {
  const s = SOURCES[i % 5]!;
  const quote = `Synthetic quotation ${i} recording what happened, in fewer than forty words as the schema requires.`;
  if (isDisputed(i)) {
    return {
      id: factId(i),
      statement: `Synthetic disputed fact number ${i} about a count of delegates.`,
      topics: [topic],
      claim: 'figure',
      disputed: true,
      citations: [
        { source: s.id, quote, value: { kind: 'number', amount: 100 + i, unit: 'delegates' } },
        { source: SOURCES[(i + 1) % 5]!.id, quote: `Another account ${i} with a different count.`, value: { kind: 'number', amount: 107 + i, unit: 'delegates' } },
      ],
    };
  }
  return {
    id: factId(i),
    statement: `Synthetic fact number ${i}, stated in the project's own words.`,
    topics: [topic],
    claim: valueOf(i).kind === 'number' ? 'figure' : 'event',
    value: valueOf(i),
    ...(i % 97 === 0 ? { external: true, citations: [{ source: 'synthetic-external', quote }] } : { citations: [{ source: s.id, quote }] }),
  };
}

/** Six questions for the 30 facts starting at b (b a multiple of 30), one of each type but alternating ordering and matching. */
function questionsFor(b: number, next: () => string): Question[] {
  const explanation = 'Generated for the benchmark; the key agrees with the fact.';
  const skill = 'recall' as const;
  const qs: Question[] = [
    { id: next(), type: 'single-choice', asks: 'value', skill, prompt: `On which date did event ${b} happen?`, fact: factId(b), answer: dayOf(b), distractors: [dayOf(b + 40_000), dayOf(b + 40_001), dayOf(b + 40_002)], explanation },
    { id: next(), type: 'numeric', skill, prompt: `In which year did period ${b + 1} begin?`, fact: factId(b + 1), part: 'start', answer: Number(dayOf(b + 1).slice(0, 4)), tolerance: 0, unit: 'year', explanation },
    {
      id: next(),
      type: 'numeric',
      skill,
      prompt: `How many delegates attended meeting ${b + 2}?`,
      fact: factId(b + 2),
      answer: 100 + b + 2,
      tolerance: 0,
      unit: 'delegates',
      ...(isDisputed(b + 2) ? { followsSource: SOURCES[(b + 2) % 5]!.id } : {}),
      explanation,
    },
    { id: next(), type: 'multiple-select', skill, prompt: `Which states took part in round ${b + 3}? Select all that apply.`, fact: factId(b + 3), answers: (valueOf(b + 3) as { actors: string[] }).actors, distractors: [ACTORS[(b + 23) % 40]!, ACTORS[(b + 30) % 40]!], explanation },
    (b / 30) % 2 === 0
      ? { id: next(), type: 'true-false', asks: 'value', skill, prompt: `True or false: talks ${b + 4} were held in Town ${b + 4}.`, fact: factId(b + 4), claims: `Town ${b + 4}`, answer: true, explanation }
      : { id: next(), type: 'true-false', asks: 'value', skill, prompt: `True or false: talks ${b + 4} were held in Town ${b + 5}.`, fact: factId(b + 4), claims: `Town ${b + 5}`, answer: false, explanation },
    (b / 30) % 2 === 0
      ? { id: next(), type: 'ordering', skill, prompt: 'Put these events in order, earliest first.', items: [0, 6, 12, 18].map((k) => ({ label: `Event ${b + k}`, fact: factId(b + k) })), explanation }
      : { id: next(), type: 'matching', skill, prompt: 'Match each agreement to its name.', pairs: [5, 11, 17].map((k) => ({ left: `Agreement of fact ${b + k}`, right: `Accord ${b + k}`, fact: factId(b + k) })), explanation },
  ];
  return qs;
}

/** Plain prose, so a generated lesson has the length the lesson rules require (about 340 words a section). */
const FILLER = Array.from({ length: 19 }, () => 'The generated text goes on in ordinary prose so that this lesson is as long as a real one.').join(' ');

/**
 * The course's quiz rules hold for generated content too, so a benchmark never measures content the build would
 * refuse: at least 40 % beyond recall with two compare-sources questions, and true/false keys alternating (an odd
 * one out becomes a claim-kind question, so no quiz leans more than 60 % one way).
 */
function applyQuizRules(quiz: Quiz): void {
  quiz.questions.forEach((q, i) => {
    q.skill = i < 2 ? 'compare-sources' : (['recall', 'explain', 'recall', 'evaluate', 'recall'] as const)[i % 5]!;
  });
  const tf = quiz.questions.flatMap((q, i) => (q.type === 'true-false' ? [i] : []));
  tf.forEach((at, j) => {
    const q = quiz.questions[at] as Extract<Question, { type: 'true-false' }>;
    const i = Number(q.fact.slice('fact-'.length));
    if (j === tf.length - 1 && tf.length % 2 === 1) {
      const { claims: _claims, answer: _answer, ...rest } = q;
      quiz.questions[at] = { ...rest, type: 'single-choice', asks: 'claim-kind', prompt: `Is the record of talks ${i} a reported event or an interpretation?`, answer: 'event', distractors: ['figure', 'judgement'] };
      return;
    }
    const truth = j % 2 === 0;
    quiz.questions[at] = { ...q, prompt: `True or false: talks ${i} were held in Town ${truth ? i : i + 1}.`, claims: `Town ${truth ? i : i + 1}`, answer: truth };
  });
}

function lessonMdx(order: number, topic: string, quiz: string, facts: number[], terms: string[], quizFacts: string[]): string {
  const fm = stringify({
    title: `Synthetic lesson ${order}`,
    description: `A generated lesson on ${topic.replace(/-\d{4}$/, '')} for the build benchmark, citing facts from the dataset.`,
    order,
    objectives: ['Read a generated lesson from start to end.', 'Check that every fact reference resolves.'],
    topics: [topic],
    quiz,
    discussion: ['Does the build time grow linearly with content?', 'Which page is the slowest to render?'],
  });
  const sections = [0, 1, 2, 3].map((s) => {
    const refs = facts.slice(s * 3, s * 3 + 3);
    const lines = refs.map((f) => `This event is recorded as <Fact id="${factId(f)}" />.`);
    const term = terms[s % Math.max(terms.length, 1)];
    return `## Section ${s + 1}\n\n${lines.join(' ')}${term ? ` It illustrates <Term id="${term}">a key term</Term>.` : ''}\n\n${FILLER}\n`;
  });
  // Taught before tested: the lesson cites every fact its quiz asks about.
  if (quizFacts.length > 0) sections.push(`## What the quiz asks about\n\nThe quiz draws on these records${quizFacts.map((id) => `<Cite fact="${id}" />`).join('')}.\n`);
  return `---\n${fm}---\n\n${sections.join('\n')}`;
}

/** Every actor and place name the facts use, as the names table lists them. */
function namesTable(n: number): { name: string; kind: string; article?: 'the' }[] {
  const places = new Set<string>();
  for (let i = 0; i < n; i++) {
    const v = valueOf(i);
    if (v.kind === 'place') [v.name, v.country].forEach((p) => p && places.add(p));
  }
  return [
    ...ACTORS.map((name) => ({ name, kind: 'state', ...(name.startsWith('United') ? { article: 'the' as const } : {}) })),
    ...[...places].filter((p) => !ACTORS.includes(p)).map((name) => ({ name, kind: 'city' })),
  ];
}

/** A name in Cyrillic letters, letter by letter: the other languages' names tables need every name (not real forms). */
const CYRILLIC: Record<string, string> = { a: 'а', b: 'б', c: 'к', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', j: 'дж', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', q: 'к', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', w: 'у', x: 'кс', y: 'й', z: 'з' };
const cyrillic = (name: string) => name.replace(/[A-Za-z]/g, (c) => { const l = CYRILLIC[c.toLowerCase()]!; return c === c.toLowerCase() ? l : l.toUpperCase(); });

/** Writes a course with `size` facts under `root` (in the project's layout), and returns what it wrote. */
export function writeSyntheticContent(root: string, size: number, paths: ContentPaths = defaultPaths): SyntheticCounts {
  const n = Math.max(30, Math.floor(size));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write(paths.sources, stringify(SOURCES));
  if (paths.names) {
    write(paths.names, stringify(namesTable(n)));
    for (const lang of ['ru', 'kk']) write(paths.names.replace(/en\.yaml$/, `${lang}.yaml`), stringify(namesTable(n).map((row) => ({ name: row.name, text: cyrillic(row.name) }))));
  }

  // Facts: topics in equal consecutive runs, files of at most 1,000 facts.
  const perTopic = Math.ceil(n / topicIds.length);
  const topicOf = (i: number) => topicIds[Math.min(topicIds.length - 1, Math.floor(i / perTopic))]!;
  const files = new Map<string, Fact[]>();
  for (let i = 0; i < n; i++) {
    const file = `${topicOf(i)}-${String(Math.floor((i % perTopic) / 1000)).padStart(2, '0')}.yaml`;
    if (!files.has(file)) files.set(file, []);
    files.get(file)!.push(fact(i, topicOf(i)));
  }
  for (const [file, facts] of files) write(join(paths.factsDir, file), stringify(facts));

  // Glossary: one term per 100 facts (at least one per topic), each illustrated by a term fact.
  const termsByTopic = new Map<string, string[]>();
  const glossary = new Map<string, GlossaryTerm[]>();
  const termCount = Math.max(topicIds.length, Math.floor(n / 100));
  for (let t = 0; t < termCount; t++) {
    const f = Math.floor((t * n) / termCount / 6) * 6 + 5; // a term fact
    const topic = topicOf(Math.min(f, n - 1));
    const id = `synthetic-term-${pad(t)}`;
    const list = termsByTopic.get(topic) ?? [];
    const entry: GlossaryTerm = { id, term: `Synthetic term ${t}`, definition: `A generated definition for term ${t}, long enough for the schema.`, ...(f < n ? { facts: [factId(f)] } : {}), ...(list.length > 0 ? { seeAlso: [list[0]!] } : {}) };
    list.push(id);
    termsByTopic.set(topic, list);
    glossary.set(topic, [...(glossary.get(topic) ?? []), entry]);
  }
  for (const [topic, terms] of glossary) write(join(paths.glossaryDir, `${topic}.yaml`), stringify(terms));

  // Questions, in quizzes of 20; each quiz belongs to the lesson of its first fact's topic.
  let q = 0;
  const next = () => `q-${pad(++q)}`;
  const quizzes: Quiz[] = [];
  let current: { quiz: Quiz; topic: string } | null = null;
  for (let b = 0; b + 30 <= n; b += 30) {
    for (const question of questionsFor(b, next)) {
      if (!current || current.quiz.questions.length === 20 || current.topic !== topicOf(b)) {
        const id = `quiz-${String(quizzes.length + 1).padStart(4, '0')}`;
        current = { quiz: { id, title: `Synthetic quiz ${quizzes.length + 1}`, lesson: `synthetic-${topicOf(b)}`, feedback: 'immediate', masteryScore: DEFAULT_MASTERY_SCORE, questions: [] }, topic: topicOf(b) };
        quizzes.push(current.quiz);
      }
      current.quiz.questions.push(question);
    }
  }
  // Each topic's first quiz is its lesson's; the others are practice sets without a lesson, like the final exam.
  const lessonQuiz = new Map<string, Quiz>();
  for (const quiz of quizzes) {
    if (quiz.lesson !== null && !lessonQuiz.has(quiz.lesson)) lessonQuiz.set(quiz.lesson, quiz);
    else quiz.lesson = null;
    applyQuizRules(quiz);
  }
  // Two questions from each of the first ten quizzes, no true/false ones (their keys are balanced per quiz).
  const finalExam: Quiz = {
    id: 'final-exam',
    title: 'Synthetic final exam',
    lesson: null,
    feedback: 'end',
    masteryScore: DEFAULT_MASTERY_SCORE,
    questions: [],
    includes: quizzes.slice(0, 10).map((quiz) => ({ quiz: quiz.id, questions: quiz.questions.filter((x) => x.type !== 'true-false').slice(0, 2).map((x) => x.id) })),
  };
  for (const quiz of [...quizzes, finalExam]) write(join(paths.quizzesDir, `${quiz.id}.yaml`), stringify(quiz));

  // One lesson per topic, pointing at the topic's first quiz.
  topicIds.forEach((topic, k) => {
    const quiz = lessonQuiz.get(`synthetic-${topic}`) ?? quizzes[0]!;
    const first = k * perTopic;
    const refs = Array.from({ length: 12 }, (_, j) => first + j).filter((i) => i < n);
    const quizFacts = quiz.lesson === `synthetic-${topic}` ? [...new Set(quiz.questions.flatMap((q) => factIdsOf(q).map((f) => f.id)))] : [];
    write(join(paths.lessonsDir, `synthetic-${topic}.mdx`), lessonMdx(k + 1, topic, quiz.id, refs, termsByTopic.get(topic) ?? [], quizFacts));
  });

  return { facts: n, questions: q, quizzes: quizzes.length + 1, lessons: topicIds.length, terms: termCount, sources: SOURCES.length };
}
