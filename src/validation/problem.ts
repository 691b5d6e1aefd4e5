/** One thing wrong with the content, located precisely enough for an author to fix it without searching. */
export interface Problem {
  /** Path relative to the project root, e.g. `quizzes/astana-process.yaml`. */
  file: string;
  /** 1-based line of the item, when known. */
  line?: number;
  /** The id of the fact, question, lesson… (or `#3` for the fourth item when it has no usable id). */
  item: string;
  /** Dotted path of the field inside the item, e.g. `citations.0.quote`. */
  field: string;
  expected: string;
  found: string;
}

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return `${where} › ${p.item} › ${p.field}: expected ${p.expected}; found ${p.found}`;
}

export function formatProblems(problems: readonly Problem[]): string {
  const n = problems.length;
  return `${n} content problem${n === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`;
}

/** A value shown in a message: short, on one line. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const s = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  return s.length > 120 ? `${s.slice(0, 117)}…` : s;
}
