import { loadContent, defaultPaths, type Content, type ContentPaths } from '../lib/load-content.ts';
import { loadTranslations, defaultTranslationPaths, type Translations } from '../lib/load-translations.ts';
import { translatedLocales, type TranslatedLocale } from '../i18n/locales.ts';
import { keyDataOf, validateAnswerKeys } from './answer-keys.ts';
import { validateLessonLength, LESSON_WORD_LIMITS, type LessonLengthLimits } from './lesson-length.ts';
import { validateTypedYears, validateTypedValuesInContent, validateTypedValuesInPages } from './typed-values.ts';
import { validateReferences } from './references.ts';
import { validateUniqueIds } from './unique-ids.ts';
import { validateValueNames } from './value-names.ts';
import { validateInsertedValues } from './inserted-values.ts';
import { unusedPlaces, validateGazetteer } from './gazetteer.ts';
import { validateMapData } from './map-data.ts';
import { validateNames } from './names.ts';
import { validateTranslationStructure } from './translation-structure.ts';
import { validateTranslationLanguage } from './translation-language.ts';
import { validateCatalogue, validateCatalogueDates } from './catalogues.ts';
import { messages } from '../i18n/messages/index.ts';
import { validateRetiredQuestions } from './retired-questions.ts';
import { validateTaughtBeforeTested } from './taught-before-tested.ts';
import { validateJudgementAttribution } from './judgement-attribution.ts';
import { validateSkillsMix } from './quiz-skills.ts';
import { validateRepeatedKeys, validateTrueFalseBalance } from './quiz-balance.ts';
import { validateChoicePositions } from './choice-positions.ts';
import { PENDING_CONTENT_RULES, type ContentRule } from './rules.ts';
import type { Problem } from './problem.ts';

/** Settings for the rules; the defaults are the course's real standards (tests of small fixtures may relax them). */
export interface ValidationOptions {
  lessonWords?: LessonLengthLimits;
  /** The languages the site ships besides English: each needs every name, and its translations are checked. */
  languages?: readonly TranslatedLocale[];
  /** Rules whose problems are warnings, not failures (default: `PENDING_CONTENT_RULES`). */
  pending?: ReadonlySet<ContentRule>;
}

/**
 * Every cross-item rule that needs no rendering, by rule name. Schema rules already ran while loading; the rules on
 * rendered lesson text run after the build (src/integrations/content-validation.ts).
 */
export function problemsByRule(content: Content, options: ValidationOptions = {}): Map<ContentRule, Problem[]> {
  const keys = keyDataOf(content);
  const rules: [ContentRule, () => Problem[]][] = [
    ['unique-ids', () => validateUniqueIds(content)],
    ['references', () => validateReferences(content)],
    ['answer-keys', () => content.quizzes.flatMap((quiz) => validateAnswerKeys(quiz, keys))],
    ['lesson-length', () => validateLessonLength(content, options.lessonWords ?? LESSON_WORD_LIMITS)],
    ['typed-years-in-lesson-prose', () => validateTypedYears(content)],
    ['value-names', () => validateValueNames(content)],
    ['inserted-values', () => validateInsertedValues(content)],
    ['retired-questions', () => validateRetiredQuestions(content)],
    ['taught-before-tested', () => validateTaughtBeforeTested(content)],
    ['typed-values-in-content', () => validateTypedValuesInContent(content)],
    ['typed-values-in-pages', () => validateTypedValuesInPages(content)],
    ['judgement-attribution', () => validateJudgementAttribution(content)],
    ['skills-mix', () => validateSkillsMix(content)],
    ['true-false-balance', () => validateTrueFalseBalance(content)],
    ['repeated-keys', () => validateRepeatedKeys(content)],
    ['choice-positions', () => validateChoicePositions(content)],
    ['gazetteer', () => validateGazetteer(content)],
    ['map-data', () => validateMapData(content)],
  ];
  return new Map(rules.map(([rule, run]) => [rule, run()]));
}

/** Findings that do not fail a build but are reported with it (an unused gazetteer entry). */
export function contentWarnings(content: Content): Problem[] {
  return unusedPlaces(content);
}

/** The rules for the other languages: names tables, and translations that match their English files. */
export function validateTranslations(root: string, content: Content, translations: Translations, options: ValidationOptions = {}): Problem[] {
  const languages = options.languages ?? translatedLocales;
  return [
    ...languages.flatMap((l) => validateCatalogue(messages.en, messages[l], l)),
    ...(['en', ...languages] as const).flatMap((l) => validateCatalogueDates(messages[l], l)),
    ...validateNames(content, translations, languages),
    ...validateTranslationStructure(root, content, translations, languages),
    ...validateTranslationLanguage(root, content, translations, languages),
  ];
}

/** Splits problems into those that fail (enforced rules) and those only reported (pending rules). */
export function splitPending(byRule: ReadonlyMap<ContentRule, Problem[]>, pending: ReadonlySet<ContentRule>): { problems: Problem[]; pending: Map<ContentRule, Problem[]> } {
  const problems: Problem[] = [];
  const held = new Map<ContentRule, Problem[]>();
  for (const [rule, list] of byRule) {
    if (pending.has(rule)) {
      if (list.length > 0) held.set(rule, list);
    } else problems.push(...list);
  }
  return { problems, pending: held };
}

/** All cross-item rules over loaded content: the problems of enforced rules. */
export function validateContent(content: Content, options: ValidationOptions = {}): Problem[] {
  return splitPending(problemsByRule(content, options), options.pending ?? PENDING_CONTENT_RULES).problems;
}

/**
 * Loads and validates the content under `root`: every problem at once, none thrown. `problems` fail the check;
 * `pending` holds what the rules in `PENDING_CONTENT_RULES` find, by rule, to be printed as warnings.
 */
export function checkContent(root: string, paths: ContentPaths = defaultPaths, options: ValidationOptions = {}): { content: Content; translations: Translations; problems: Problem[]; pending: Map<ContentRule, Problem[]> } {
  const { content, problems } = loadContent(root, paths);
  const translationProblems: Problem[] = [];
  const translations = loadTranslations(root, translationProblems, { ...defaultTranslationPaths, ...paths });
  const split = splitPending(problemsByRule(content, options), options.pending ?? PENDING_CONTENT_RULES);
  return { content, translations, problems: [...problems, ...translationProblems, ...split.problems, ...validateTranslations(root, content, translations, options)], pending: split.pending };
}
