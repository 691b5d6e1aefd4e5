import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkContent } from '../../src/validation/validate-content.ts';
import { formatProblems } from '../../src/validation/problem.ts';

const root = join(import.meta.dirname, '../..');

describe('the real content', () => {
  const { content, problems } = checkContent(root);

  it('passes every content rule', () => {
    // Printed in full so a failure says what to fix.
    expect(problems.length === 0 ? '' : formatProblems(problems)).toBe('');
  });

  it('has at least 100 facts citing all five articles', () => {
    expect(content.facts.length).toBeGreaterThanOrEqual(100);
    const articles = content.sources.filter((s) => s.data.kind === 'article').map((s) => s.id);
    const cited = new Set(content.facts.flatMap((f) => f.data.citations.map((c) => c.source)));
    expect(articles).toHaveLength(5);
    expect(articles.filter((id) => !cited.has(id))).toEqual([]);
  });

  it('records the disagreements between sources as disputed facts', () => {
    const disputed = content.facts.filter((f) => f.data.disputed);
    expect(disputed.length).toBeGreaterThanOrEqual(2);
    for (const fact of disputed) expect(new Set(fact.data.citations.map((c) => c.source)).size).toBeGreaterThanOrEqual(2);
  });

  it('marks every fact resting only on external documents as external; an article and a public record side by side only as a dispute', () => {
    const external = new Set(content.sources.filter((s) => s.data.kind === 'external').map((s) => s.id));
    let disputedWithRecord = 0;
    for (const fact of content.facts) {
      const cited = fact.data.citations.map((c) => external.has(c.source));
      if (cited.every(Boolean)) expect({ id: fact.id, external: fact.data.external }).toEqual({ id: fact.id, external: true });
      else if (cited.some(Boolean)) {
        expect({ id: fact.id, disputed: fact.data.disputed, external: fact.data.external }).toEqual({ id: fact.id, disputed: true, external: undefined });
        disputedWithRecord++;
      }
    }
    expect(disputedWithRecord).toBeGreaterThan(0);
  });
});
