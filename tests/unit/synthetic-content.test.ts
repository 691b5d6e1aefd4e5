import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSyntheticContent } from '../../src/quality/synthetic-content.ts';
import { checkContent } from '../../src/validation/validate-content.ts';
import { formatProblems } from '../../src/validation/problem.ts';

describe('writeSyntheticContent', () => {
  it('writes valid content of the asked size, in the project layout, with every question type', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kz-synthetic-'));
    try {
      const counts = writeSyntheticContent(dir, 600);
      // Every rule, the ones pending content corrections included: the benchmark measures content the build accepts.
      const { content, problems } = checkContent(dir, undefined, { pending: new Set() });
      expect(problems, formatProblems(problems)).toEqual([]);
      expect(content.facts).toHaveLength(600);
      expect(counts).toMatchObject({ facts: 600, questions: 120, lessons: 7 });
      const questions = content.quizzes.flatMap((q) => q.data.questions);
      expect(questions).toHaveLength(120);
      expect(new Set(questions.map((q) => q.type))).toEqual(new Set(['single-choice', 'multiple-select', 'true-false', 'numeric', 'ordering', 'matching']));
      expect(questions.some((q) => q.followsSource !== undefined)).toBe(true);
      expect(content.facts.some((f) => f.data.disputed)).toBe(true);
      expect(content.glossary.length).toBeGreaterThanOrEqual(6);
      expect(content.sources.length).toBeGreaterThan(1);
      expect(readdirSync(join(dir, 'lessons'))).toHaveLength(7);
      expect(content.quizzes.find((q) => q.id === 'final-exam')?.data.includes?.length).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
