import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';
import { checkContent, type ValidationOptions } from '../../src/validation/validate-content.ts';
import { LESSON_WORD_LIMITS } from '../../src/validation/lesson-length.ts';
import { formatProblem, type Problem } from '../../src/validation/problem.ts';
import type { Content } from '../../src/lib/load-content.ts';

export const fixtureRoot = join(import.meta.dirname, '../fixtures/minimal');
const made: string[] = [];
afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});

/**
 * The fixture's lesson is deliberately tiny, so fixture checks accept short lessons unless a test asks for the real
 * limits; the length rule itself is tested with the real ones. Every rule is enforced on fixtures, the pending ones
 * too (PENDING_CONTENT_RULES only holds back the real content).
 */
export const fixtureOptions: ValidationOptions = { lessonWords: { min: 0, max: LESSON_WORD_LIMITS.max }, pending: new Set() };

/** Copies the valid minimal fixture into a temporary folder (removed after the test) and applies edits (file → new text). */
export function editedFixture(edits: Record<string, (text: string) => string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'kz-fixture-'));
  made.push(dir);
  cpSync(fixtureRoot, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    let text = '';
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      /* a new file */
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, edit(text));
  }
  return dir;
}

/** Copies the valid minimal fixture, applies edits (file → new text), and checks it. */
export function checkEdited(edits: Record<string, (text: string) => string> = {}, options: ValidationOptions = fixtureOptions): { problems: Problem[]; messages: string[]; content: Content; dir: string } {
  const dir = editedFixture(edits);
  const { content, problems } = checkContent(dir, undefined, options);
  return { problems, messages: problems.map(formatProblem), content, dir };
}

/** Replaces exactly one occurrence, so a test cannot silently edit nothing. */
export function replaceOnce(from: string, to: string): (text: string) => string {
  return (text) => {
    const at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`fixture text not found exactly once: ${from}`);
    return text.slice(0, at) + to + text.slice(at + from.length);
  };
}
