import { loadContent, defaultPaths, type Content, type ContentPaths } from '../lib/load-content.ts';
import { validateAnswerKeys } from './answer-keys.ts';
import { validateReferences } from './references.ts';
import { validateUniqueIds } from './unique-ids.ts';
import type { Problem } from './problem.ts';

/** All cross-item rules over loaded content. Schema rules already ran while loading. */
export function validateContent(content: Content): Problem[] {
  const factsById = new Map(content.facts.map((f) => [f.id, f.data]));
  return [
    ...validateUniqueIds(content),
    ...validateReferences(content),
    ...content.quizzes.flatMap((quiz) => validateAnswerKeys(quiz, factsById)),
  ];
}

/** Loads and validates the content under `root`: every problem at once, none thrown. */
export function checkContent(root: string, paths: ContentPaths = defaultPaths): { content: Content; problems: Problem[] } {
  const { content, problems } = loadContent(root, paths);
  return { content, problems: [...problems, ...validateContent(content)] };
}
