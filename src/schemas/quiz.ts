import { z } from 'astro/zod';
import { kebabId } from './source.ts';
import { DEFAULT_MASTERY_SCORE } from './mastery.ts';

/** A value a student can pick: a year, an ISO date, a number, a name, or a set of names. */
const choice = z.union([z.string().min(1), z.number(), z.array(z.string().min(1)).min(1)]);
export type Choice = z.infer<typeof choice>;

/**
 * What a question asks a student to do. `recall`: remember a date, name or number; `explain`: say why or how
 * something happened, as the sources put it; `compare-sources`: weigh what one source says against another;
 * `evaluate`: judge a claim, a source's standpoint or the limits of the evidence.
 */
export const skills = ['recall', 'explain', 'compare-sources', 'evaluate'] as const;
export type Skill = (typeof skills)[number];

/**
 * What a single-choice or true/false key is checked against. `value`: the fact's value (the default);
 * `source`: which source states the fact (keys are source ids); `agreement`: whether the sources agree (the fact's
 * `disputed` flag); `claim-kind`: whether the fact is an event, a figure or a judgement (keys are claim kinds);
 * `evidence`: which quote supports the fact (keys are quotes, verbatim from the dataset).
 */
export const askKinds = ['value', 'source', 'agreement', 'claim-kind', 'evidence'] as const;
export type AskKind = (typeof askKinds)[number];

const base = {
  /** Stable and globally unique: progress and result codes refer to it. Never reuse one. */
  id: kebabId,
  prompt: z.string().min(8),
  /** Why the key is right, in the project's own words. */
  explanation: z.string().min(10),
  /** Heading anchor in the quiz's lesson that teaches the point. */
  section: kebabId.optional(),
  /** Required when a cited fact is disputed: whose claim the key follows. */
  followsSource: kebabId.optional(),
  skill: z.enum(skills),
  /** A deliberate second question on the same fact and key as another in the quiz, from another angle. */
  secondAngle: z.boolean().optional(),
};

export const singleChoiceQuestion = z.strictObject({
  ...base,
  type: z.literal('single-choice'),
  asks: z.enum(askKinds).default('value'),
  fact: kebabId,
  answer: choice,
  distractors: z.array(choice).min(2).max(5),
  /** With `asks: source` on a disputed fact: the claim whose source is asked for. */
  claims: choice.optional(),
});

export const multipleSelectQuestion = z.strictObject({
  ...base,
  type: z.literal('multiple-select'),
  fact: kebabId,
  answers: z.array(z.string().min(1)).min(2),
  distractors: z.array(z.string().min(1)).min(1).max(5),
});

export const trueFalseQuestion = z.strictObject({
  ...base,
  type: z.literal('true-false'),
  asks: z.enum(askKinds).default('value'),
  fact: kebabId,
  /**
   * What the statement in the prompt claims, in the terms of `asks`: the fact's value (a year, a number, a name…),
   * a source id, a claim kind or a quote. Not used with `asks: agreement`.
   */
  claims: choice.optional(),
  /** With `asks: agreement`: the sources whose agreement the statement is about (default: all that cite the fact). */
  sources: z.array(kebabId).min(2).optional(),
  answer: z.boolean(),
});

export const numericQuestion = z.strictObject({
  ...base,
  type: z.literal('numeric'),
  fact: kebabId,
  answer: z.number(),
  /** Accepted distance from the key; 0 means exact. */
  tolerance: z.number().min(0).default(0),
  /** Shown beside the input, e.g. "year" or "journalists". */
  unit: z.string().min(1).optional(),
  /** For a date-range fact: which end the question asks about. */
  part: z.enum(['start', 'end']).optional(),
});

export const orderingQuestion = z.strictObject({
  ...base,
  type: z.literal('ordering'),
  /** Listed in the correct (earliest first) order; shuffled when shown. */
  items: z.array(z.strictObject({ label: z.string().min(1), fact: kebabId })).min(3).max(7),
});

export const matchingQuestion = z.strictObject({
  ...base,
  type: z.literal('matching'),
  /** Each right-hand side must match its fact's value; shown shuffled. */
  pairs: z.array(z.strictObject({ left: z.string().min(1), right: choice, fact: kebabId })).min(3).max(6),
});

export const questionSchema = z.discriminatedUnion('type', [
  singleChoiceQuestion,
  multipleSelectQuestion,
  trueFalseQuestion,
  numericQuestion,
  orderingQuestion,
  matchingQuestion,
]);

export { DEFAULT_MASTERY_SCORE };

/** A quiz in `quizzes/<id>.yaml`. A quiz without a lesson (the final exam) may include other quizzes' questions. */
export const quizSchema = z
  .strictObject({
    id: kebabId,
    title: z.string().min(5),
    description: z.string().min(10).optional(),
    lesson: kebabId.nullable(),
    /** Show right/wrong after each answer, or only at the end. */
    feedback: z.enum(['immediate', 'end']).default('immediate'),
    /**
     * Pass mark in percent for the SCORM package: the LMS records "passed" at or above it, "failed" below it.
     * `null` records only "completed" (no pass mark).
     */
    masteryScore: z.number().int().min(0).max(100).nullable().default(DEFAULT_MASTERY_SCORE),
    questions: z.array(questionSchema).default([]),
    /** Questions borrowed from other quizzes, by quiz id and question id (the final exam). */
    includes: z.array(z.strictObject({ quiz: kebabId, questions: z.array(kebabId).min(1) })).optional(),
  })
  .refine((q) => q.questions.length + (q.includes?.flatMap((i) => i.questions).length ?? 0) >= 1, {
    error: 'at least one question',
  });

export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];
export type Quiz = z.infer<typeof quizSchema>;
export type OrderingQuestion = z.infer<typeof orderingQuestion>;
export type MatchingQuestion = z.infer<typeof matchingQuestion>;
