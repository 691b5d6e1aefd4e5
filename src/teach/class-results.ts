// The class table built from students' result codes, and its CSV export. Pure functions: the teacher page
// and the tests use the same ones.
import type { Response } from '../quiz/types.ts';
import type { StudentResult } from './result-code.ts';

/** Re-marks one answer with this build's question, or undefined when the build no longer has it. */
export type Marker = (questionId: string, response: Response | null) => boolean | undefined;

export interface StudentRow {
  name: string;
  finishedAt: number;
  /** Seconds from start to finish. */
  seconds: number;
  /** Per column: right, wrong, or null when this student's assignment did not have the question. */
  marks: (boolean | null)[];
  correct: number;
  total: number;
  percent: number;
}

export interface QuestionColumn {
  id: string;
  correct: number;
  answered: number;
  percent: number;
}

export interface ClassTable {
  assignment: string;
  classLabel: string;
  columns: QuestionColumn[];
  rows: StudentRow[];
  /** Questions missed by at least one student, most missed first (ties in column order). */
  mostMissed: { id: string; missed: number; of: number }[];
  /** Mean of the students' percentages. */
  average: number;
}

const pct = (n: number, of: number) => (of === 0 ? 0 : Math.round((n / of) * 100));

/** A key that recognises the same submission pasted twice. */
export function resultKey(r: StudentResult): string {
  return `${r.assignment}|${r.name.toLowerCase()}|${r.finishedAt}`;
}

/** One table per assignment, in the order first seen; students sorted by name. */
export function buildClassTables(results: readonly StudentResult[], mark?: Marker): ClassTable[] {
  const groups = new Map<string, StudentResult[]>();
  for (const r of results) groups.set(r.assignment, [...(groups.get(r.assignment) ?? []), r]);
  return [...groups.entries()].map(([assignment, group]) => {
    const ids: string[] = [];
    for (const r of group) for (const item of r.items) if (!ids.includes(item.id)) ids.push(item.id);
    const rows = group
      .map((r): StudentRow => {
        // This build's marking wins where it knows the question; the code's own mark covers removed questions.
        const byId = new Map(r.items.map((i) => [i.id, mark?.(i.id, i.response) ?? i.correct]));
        const marks = ids.map((id) => byId.get(id) ?? null);
        const correct = marks.filter((m) => m === true).length;
        const total = marks.filter((m) => m !== null).length;
        return { name: r.name, finishedAt: r.finishedAt, seconds: Math.round((r.finishedAt - r.startedAt) / 1000), marks, correct, total, percent: pct(correct, total) };
      })
      .sort((a, b) => a.name.localeCompare(b.name) || a.finishedAt - b.finishedAt);
    const columns = ids.map((id, c): QuestionColumn => {
      const answered = rows.filter((r) => r.marks[c] !== null).length;
      const correct = rows.filter((r) => r.marks[c] === true).length;
      return { id, correct, answered, percent: pct(correct, answered) };
    });
    const mostMissed = columns
      .map((col) => ({ id: col.id, missed: col.answered - col.correct, of: col.answered }))
      .filter((m) => m.missed > 0)
      .sort((a, b) => b.missed - a.missed || ids.indexOf(a.id) - ids.indexOf(b.id));
    const average = rows.length === 0 ? 0 : Math.round(rows.reduce((sum, r) => sum + r.percent, 0) / rows.length);
    return { assignment, classLabel: group.find((r) => r.classLabel)?.classLabel ?? '', columns, rows, mostMissed, average };
  });
}

/**
 * One CSV cell. Quoted when it holds a comma, quote or line break; and a cell a spreadsheet would read as a
 * formula (= + - @, or a tab or carriage return before one) gets a leading apostrophe so it stays text.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV's column and row labels, in the teacher's language (question columns are Q1…Qn, as on screen). */
export interface CsvLabels {
  name: string;
  finished: string;
  minutes: string;
  correct: string;
  outOf: string;
  percent: string;
  percentRow: string;
  /** "Q{n}": a question column, the same as the table's header. */
  questionShort: string;
  /** The label of the row of question ids. */
  questionId: string;
  /** The label of the row of prompts. */
  question: string;
}

const ENGLISH_CSV: CsvLabels = { name: 'Name', finished: 'Finished (UTC)', minutes: 'Minutes', correct: 'Correct', outOf: 'Out of', percent: 'Percent', percentRow: 'Percent correct', questionShort: 'Q{n}', questionId: 'Question id', question: 'Question' };

/**
 * The table as CSV: the same Q1…Qn column names as the table on screen, then a row with each column's question id and
 * one with its prompt (`prompt` names a question; without it, the id), then one row per student and the percentages.
 */
export function toCsv(table: ClassTable, labels: CsvLabels = ENGLISH_CSV, prompt: (questionId: string) => string = (id) => id): string {
  const questions = table.columns.map((_, n) => labels.questionShort.replace('{n}', String(n + 1)));
  const header = [labels.name, labels.finished, labels.minutes, ...questions, labels.correct, labels.outOf, labels.percent];
  const ids = [labels.questionId, '', '', ...table.columns.map((c) => c.id), '', '', ''];
  const prompts = [labels.question, '', '', ...table.columns.map((c) => prompt(c.id)), '', '', ''];
  const rows = table.rows.map((r) => [
    r.name,
    new Date(r.finishedAt).toISOString().slice(0, 16).replace('T', ' '),
    Math.round(r.seconds / 6) / 10,
    ...r.marks.map((m) => (m === null ? '' : m ? 1 : 0)),
    r.correct,
    r.total,
    r.percent,
  ]);
  const summary = [labels.percentRow, '', '', ...table.columns.map((c) => c.percent), '', '', table.average];
  return [header, ids, prompts, ...rows, summary].map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
