import { describe, expect, it } from 'vitest';
import { buildClassTables, csvCell, toCsv } from '../../src/teach/class-results.ts';
import type { StudentResult } from '../../src/teach/result-code.ts';
import { emptyClassResults, encodeClassResults, parseClassResults } from '../../src/stores/class-results-format.ts';

const t0 = Date.UTC(2026, 10, 20, 9, 0, 0);
function student(name: string, marks: Record<string, boolean>, assignment = 'aaaaaaaa', minutes = 5): StudentResult {
  const items = Object.entries(marks).map(([id, correct]) => ({ id, response: { type: 'true-false' as const, value: correct }, correct }));
  return { assignment, classLabel: '9B', name, startedAt: t0, finishedAt: t0 + minutes * 60_000, items, score: items.filter((i) => i.correct).length };
}

const results = [
  student('Zhanna', { q1: true, q2: false, q3: false }),
  student('Arman', { q1: true, q2: true, q3: false }),
  student('Bota', { q1: false, q2: false, q3: false }, 'aaaaaaaa', 12),
  student('Other', { x1: true }, 'bbbbbbbb'),
];

describe('class tables', () => {
  const [table, other] = buildClassTables(results);

  it('make one table per assignment, students by name', () => {
    expect(other!.rows.map((r) => r.name)).toEqual(['Other']);
    expect(table!.rows.map((r) => r.name)).toEqual(['Arman', 'Bota', 'Zhanna']);
    expect(table!.columns.map((c) => c.id)).toEqual(['q1', 'q2', 'q3']);
  });

  it('mark each student per question, with the percentage correct', () => {
    const arman = table!.rows[0]!;
    expect(arman.marks).toEqual([true, true, false]);
    expect([arman.correct, arman.total, arman.percent]).toEqual([2, 3, 67]);
    expect(table!.rows[1]!.seconds).toBe(720);
  });

  it('count each question across the class and rank the most missed', () => {
    expect(table!.columns.map((c) => c.percent)).toEqual([67, 33, 0]);
    expect(table!.mostMissed).toEqual([
      { id: 'q3', missed: 3, of: 3 },
      { id: 'q2', missed: 2, of: 3 },
      { id: 'q1', missed: 1, of: 3 },
    ]);
    expect(table!.average).toBe(Math.round((67 + 0 + 33) / 3));
  });

  it('re-mark answers with this build’s questions where it has them', () => {
    // The marker says every known answer of "true" is right; q3 is unknown, so the code's mark stays.
    const [remarked] = buildClassTables(results, (id, r) => (id === 'q3' ? undefined : r?.type === 'true-false' && r.value === true));
    expect(remarked!.rows.find((r) => r.name === 'Bota')!.marks).toEqual([false, false, false]);
    const [flipped] = buildClassTables(results, (id) => (id === 'q3' ? undefined : true));
    expect(flipped!.rows.find((r) => r.name === 'Bota')!.marks).toEqual([true, true, false]);
  });

  it('leave a blank where a student’s assignment lacked a question', () => {
    const [t] = buildClassTables([student('A', { q1: true }), student('B', { q1: true, q2: false })]);
    expect(t!.rows[0]!.marks).toEqual([true, null]);
    expect(t!.columns[1]).toEqual({ id: 'q2', correct: 0, answered: 1, percent: 0 });
  });
});

describe('CSV', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('Smith, Anna')).toBe('"Smith, Anna"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(42)).toBe('42');
  });

  it('keeps formula-like text as text', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
  });

  it('writes the table’s Q1…Qn columns, a row of question ids and one of prompts, one row per student and a percent-correct row', () => {
    const [table] = buildClassTables([student('=cmd|calc', { q1: true, q2: false }, 'aaaaaaaa', 3)]);
    const prompts: Record<string, string> = { q1: 'In which year, first?', q2: '=2+2, "quoted"' };
    const lines = toCsv(table!, undefined, (id) => prompts[id]!).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Name,Finished (UTC),Minutes,Q1,Q2,Correct,Out of,Percent');
    expect(lines[1]).toBe('Question id,,,q1,q2,,,');
    expect(lines[2]).toBe(`Question,,,"In which year, first?","'=2+2, ""quoted""",,,`);
    expect(lines[3]).toBe("'=cmd|calc,2026-11-20 09:03,3,1,0,1,2,50");
    expect(lines[4]).toBe('Percent correct,,,100,0,,,50');
    expect(lines).toHaveLength(5);
  });
});

describe('stored class results', () => {
  it('round-trip through their own versioned format', () => {
    const stored = encodeClassResults({ version: 1, results });
    expect(parseClassResults(stored)).toEqual({ value: { version: 1, results }, problem: null });
  });
  it('drop damaged entries and keep the rest', () => {
    const data = JSON.parse(encodeClassResults({ version: 1, results })) as { results: unknown[] };
    data.results.push({ a: 'zz', n: '<script>' });
    const parsed = parseClassResults(JSON.stringify({ version: 1, results: data.results }));
    expect(parsed.problem).toBe('partial');
    expect(parsed.value.results).toEqual(results);
  });
  it('report corrupt, foreign and newer data', () => {
    expect(parseClassResults('{not json')).toEqual({ value: emptyClassResults(), problem: 'corrupt' });
    expect(parseClassResults('[1]').problem).toBe('foreign');
    expect(parseClassResults('{"version":2,"results":[]}').problem).toBe('newer');
    expect(parseClassResults(null)).toEqual({ value: emptyClassResults(), problem: null });
  });
});
