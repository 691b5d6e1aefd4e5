import { loadContent, defaultPaths, type Content, type ContentPaths } from '../lib/load-content.ts';
import { loadTranslations, defaultTranslationPaths, type Translations } from '../lib/load-translations.ts';
import { translatedLocales, type TranslatedLocale } from '../i18n/locales.ts';
import { validateAnswerKeys } from './answer-keys.ts';
import { validateLessonLength, LESSON_WORD_LIMITS, type LessonLengthLimits } from './lesson-length.ts';
import { validateTypedYears } from './lesson-typed-years.ts';
import { validateReferences } from './references.ts';
import { validateUniqueIds } from './unique-ids.ts';
import { validateValueNames } from './value-names.ts';
import { validateInsertedValues } from './inserted-values.ts';
import { unusedPlaces, validateGazetteer } from './gazetteer.ts';
import { validateMapData } from './map-data.ts';
import { validateNames } from './names.ts';
import { validateTranslationStructure } from './translation-structure.ts';
import { validateTranslationLanguage } from './translation-language.ts';
import { validateCatalogue } from './catalogues.ts';
import { messages } from '../i18n/messages/index.ts';
import type { Problem } from './problem.ts';

/** Settings for the rules; the defaults are the course's real standards (tests of small fixtures may relax them). */
export interface ValidationOptions {
  lessonWords?: LessonLengthLimits;
  /** The languages the site ships besides English: each needs every name, and its translations are checked. */
  languages?: readonly TranslatedLocale[];
}

/** All cross-item rules over loaded content. Schema rules already ran while loading. */
export function validateContent(content: Content, options: ValidationOptions = {}): Problem[] {
  const factsById = new Map(content.facts.map((f) => [f.id, f.data]));
  return [
    ...validateUniqueIds(content),
    ...validateReferences(content),
    ...content.quizzes.flatMap((quiz) => validateAnswerKeys(quiz, factsById)),
    ...validateLessonLength(content, options.lessonWords ?? LESSON_WORD_LIMITS),
    ...validateTypedYears(content),
    ...validateValueNames(content),
    ...validateInsertedValues(content),
    ...validateGazetteer(content),
    ...validateMapData(content),
  ];
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
    ...validateNames(content, translations, languages),
    ...validateTranslationStructure(root, content, translations, languages),
    ...validateTranslationLanguage(root, content, translations, languages),
  ];
}

/** Loads and validates the content under `root`: every problem at once, none thrown. */
export function checkContent(root: string, paths: ContentPaths = defaultPaths, options: ValidationOptions = {}): { content: Content; translations: Translations; problems: Problem[] } {
  const { content, problems } = loadContent(root, paths);
  const translationProblems: Problem[] = [];
  const translations = loadTranslations(root, translationProblems, { ...defaultTranslationPaths, ...paths });
  return { content, translations, problems: [...problems, ...translationProblems, ...validateContent(content, options), ...validateTranslations(root, content, translations, options)] };
}
