import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent } from '../../src/lib/load-content.ts';
import { writeSyntheticContent } from '../../src/quality/synthetic-content.ts';

// The loader reads YAML with a fast parser first and falls back to the precise one (with line numbers) when a
// file has anything wrong. Both readings must give the same content, lines included.
const strip = (c: ReturnType<typeof loadContent>['content']) => ({ ...c, quizzes: c.quizzes.map((q) => ({ ...q, lines: Object.fromEntries(q.lines ?? []) })) });

describe('fast and precise YAML readings agree', () => {
  it('on the real content', () => {
    const root = join(import.meta.dirname, '../..');
    const fast = loadContent(root);
    const precise = loadContent(root, undefined, { fastFirst: false });
    expect(fast.problems).toEqual(precise.problems);
    expect(strip(fast.content)).toEqual(strip(precise.content));
  });

  it('on generated content with every question type', () => {
    const root = mkdtempSync(join(tmpdir(), 'kz-fast-'));
    try {
      writeSyntheticContent(root, 300);
      const fast = loadContent(root);
      const precise = loadContent(root, undefined, { fastFirst: false });
      expect(fast.problems).toEqual([]);
      expect(strip(fast.content)).toEqual(strip(precise.content));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
