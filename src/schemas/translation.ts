import { z } from 'astro/zod';
import { kebabId } from './source.ts';

/**
 * Translated content holds only the words: ids, keys, values, dates, references and order all come from the
 * English file it translates, so a translation can never change what a question asks or what its key is.
 * Every translation records which version of its English text it was made from (`translatedFrom` for a lesson
 * or quiz file, `from` for each fact, term or source note): a short hash of that English text
 * (src/lib/translation-hash.ts). When the English changes, the hash no longer matches and the translation is stale.
 */
export const englishHash = z.string().regex(/^[0-9a-f]{10}$/, { error: 'the 10-character hash `npm run check:content` prints for the English text' });

const text = z.string().trim().min(1);

/** Front matter of `lessons/<lang>/<slug>.mdx`: the English lesson's words only (order, topics and quiz are not repeated). */
export const lessonTranslationSchema = z.strictObject({
  translatedFrom: englishHash,
  title: z.string().min(5),
  description: z.string().min(20).max(220),
  objectives: z.array(z.string().min(10)).min(2),
  discussion: z.array(z.string().min(10)).min(2),
});

/** The words of one question, keyed in the quiz translation by the question's id. */
export const questionTranslationSchema = z.strictObject({
  prompt: z.string().min(8),
  explanation: z.string().min(10),
  /** A numeric question's unit, when the English has one. */
  unit: text.optional(),
  /** An ordering question's item labels, in the English order. */
  items: z.array(text).optional(),
  /** A matching question's left-hand sides, in the English order. */
  left: z.array(text).optional(),
  /** How each text choice that the names table does not cover reads in this language, keyed by the English choice. */
  choices: z.record(z.string().min(1), text).optional(),
});

/** `quizzes/<lang>/<id>.yaml`. */
export const quizTranslationSchema = z.strictObject({
  translatedFrom: englishHash,
  title: z.string().min(5),
  description: z.string().min(10).optional(),
  questions: z.record(kebabId, questionTranslationSchema).default({}),
});

/**
 * A number's unit in every plural form the language has (Russian: one, few, many, other), and, where the number is
 * written as a word, the noun's gender (Russian "два способа" but "две причины").
 */
export const unitFormsSchema = z.strictObject({
  one: text,
  two: text.optional(),
  few: text.optional(),
  many: text.optional(),
  other: text,
  gender: z.enum(['masculine', 'feminine', 'neuter']).optional(),
});

/** One fact's words in `src/data/facts/<lang>/<file>.yaml`, keyed by fact id. */
export const factTranslationSchema = z.strictObject({
  from: englishHash,
  statement: z.string().min(10),
  /** A translation of each citation's quote, in the English order. The quotes themselves stay verbatim in English. */
  quotes: z.array(text).min(1),
  /** A term value in this language (facts whose value is a term). */
  term: text.optional(),
  /** A number value's unit in this language (facts whose value is a number with a unit). */
  unit: unitFormsSchema.optional(),
});

export const factTranslationsSchema = z.record(kebabId, factTranslationSchema);

/** One glossary entry's words in `src/data/glossary/<lang>/<file>.yaml`, keyed by term id. */
export const glossaryTranslationSchema = z.strictObject({
  from: englishHash,
  term: text,
  definition: z.string().min(20),
});

export const glossaryTranslationsSchema = z.record(kebabId, glossaryTranslationSchema);

/**
 * A source in `src/data/sources/<lang>.yaml`, keyed by source id (titles stay as published): its notes, stamped with
 * the English notes they were made from, and how the language names it in citations (`short`, like a names-table
 * row: "Региональный обзор 2017"; a source without one is cited by its English short name, as proper names are).
 */
export const sourceTranslationSchema = z
  .strictObject({ from: englishHash.optional(), notes: text.optional(), short: text.optional() })
  .refine((s) => s.notes !== undefined || s.short !== undefined, { message: 'a source translation needs notes or a short name' })
  .refine((s) => (s.notes === undefined) === (s.from === undefined), { message: 'notes and their `from` stamp go together' });

export const sourceTranslationsSchema = z.record(kebabId, sourceTranslationSchema);

/** A set of talks on the maps in `src/data/map/<lang>.yaml`, keyed by the talks' id in src/data/map.yaml. */
export const talksTranslationSchema = z.strictObject({ from: englishHash, title: text, short: text });

export const talksTranslationsSchema = z.record(kebabId, talksTranslationSchema);

/**
 * One row of a language's names table (`src/data/names/<lang>.yaml`): how a name in fact values and quiz choices
 * is written in that language, in the nominative. `name` is the English name exactly as the English table has it.
 */
export const nameTranslationSchema = z.strictObject({
  name: text,
  text,
});

export type LessonTranslation = z.infer<typeof lessonTranslationSchema>;
export type QuizTranslation = z.infer<typeof quizTranslationSchema>;
export type QuestionTranslation = z.infer<typeof questionTranslationSchema>;
export type FactTranslation = z.infer<typeof factTranslationSchema>;
export type GlossaryTranslation = z.infer<typeof glossaryTranslationSchema>;
export type SourceTranslation = z.infer<typeof sourceTranslationSchema>;
export type NameTranslation = z.infer<typeof nameTranslationSchema>;
export type TalksTranslation = z.infer<typeof talksTranslationSchema>;
export type UnitForms = z.infer<typeof unitFormsSchema>;
