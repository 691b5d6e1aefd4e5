// The real course as the export tests see it: every quiz's runtime questions, loaded once per test file.
import { join } from 'node:path';
import { loadExportBank, type ExportQuiz } from '../../src/lib/export-bank.ts';
import type { BankQuiz } from '../../src/export/bank.ts';

export const root = join(import.meta.dirname, '../..');
let cached: ExportQuiz[] | undefined;

export function courseQuizzes(): ExportQuiz[] {
  cached ??= loadExportBank(root, '/');
  return cached;
}

/** The whole course as one bank: each question once, under the quiz that owns it. */
export function courseBank(): BankQuiz[] {
  return courseQuizzes().filter((q) => q.own.length > 0).map((q) => ({ id: q.id, title: q.title, questions: q.own }));
}
