// Turns Lighthouse results into the rows `npm run audit` prints and the audits a developer must fix.
// Only reads the parts of a Lighthouse result (LHR) it needs, so it is tested with small hand-made objects.

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];

interface LhrAudit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  numericValue?: number;
  displayValue?: string;
}
export interface Lhr {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>;
  audits: Record<string, LhrAudit | undefined>;
  runtimeError?: { code: string; message: string };
}

export interface AuditRow {
  page: string;
  scores: Record<Category, number | null>;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  transferBytes: number | null;
  /** Audits with a score below 1 in each category that scored below 100. */
  failing: { category: Category; score: number | null; audits: { id: string; title: string; score: number; displayValue?: string }[] }[];
}

const SKIP_MODES = new Set(['notApplicable', 'manual', 'informative', 'error']);

export function auditRow(page: string, lhr: Lhr): AuditRow {
  const num = (id: string) => lhr.audits[id]?.numericValue ?? null;
  const scores = Object.fromEntries(
    categories.map((c) => [c, lhr.categories[c]?.score === null || lhr.categories[c] === undefined ? null : Math.round(lhr.categories[c]!.score! * 100)]),
  ) as Record<Category, number | null>;
  const failing = categories.flatMap((c) => {
    const cat = lhr.categories[c];
    if (scores[c] === 100) return [];
    const audits = (cat?.auditRefs ?? []).flatMap((ref) => {
      const a = lhr.audits[ref.id];
      if (!a || a.score === null || a.score >= 1 || SKIP_MODES.has(a.scoreDisplayMode)) return [];
      // Performance insights carry no weight but explain a slow metric: list them after the weighted ones.
      return [{ id: a.id, title: a.title, score: a.score, displayValue: a.displayValue, weight: ref.weight }];
    });
    audits.sort((a, b) => b.weight - a.weight || a.score - b.score);
    return [{ category: c, score: scores[c], audits: audits.map(({ weight: _w, ...a }) => a) }];
  });
  return { page, scores, lcpMs: num('largest-contentful-paint'), tbtMs: num('total-blocking-time'), cls: num('cumulative-layout-shift'), transferBytes: num('total-byte-weight'), failing };
}

/** Goals for the two metrics a student feels most on a phone: the largest paint, and how long the page is too busy to respond. */
export const metricGoals = { lcpMs: 1000, tbtMs: 50 } as const;

const median = (values: readonly number[]): number | null => {
  if (values.length === 0) return null;
  const v = [...values].sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  return v.length % 2 === 1 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
};

/**
 * One page over several Lighthouse runs: the scores and audits of the run with the median performance score, and
 * LCP and TBT each as the median of its own values over all runs (one noisy run moves neither).
 */
export function medianRow(page: string, runs: readonly Lhr[]): AuditRow & { lcpRuns: number[]; tbtRuns: number[] } {
  if (runs.length === 0) throw new Error(`No Lighthouse runs for ${page}`);
  const byPerformance = [...runs].sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
  const row = auditRow(page, byPerformance[Math.floor(byPerformance.length / 2)]!);
  const values = (id: string) => runs.map((r) => r.audits[id]?.numericValue).filter((n): n is number => n !== undefined);
  const lcpRuns = values('largest-contentful-paint');
  const tbtRuns = values('total-blocking-time');
  return { ...row, lcpMs: median(lcpRuns), tbtMs: median(tbtRuns), lcpRuns, tbtRuns };
}

/** Metrics over their goals, as lines to print. */
export function metricProblems(rows: readonly AuditRow[], goals: { lcpMs: number; tbtMs: number } = metricGoals): string[] {
  return rows.flatMap((r) => [
    r.lcpMs !== null && r.lcpMs > goals.lcpMs ? `${r.page} LCP ${(r.lcpMs / 1000).toFixed(2)} s is over the ${(goals.lcpMs / 1000).toFixed(1)} s goal` : null,
    r.tbtMs !== null && r.tbtMs > goals.tbtMs ? `${r.page} TBT ${Math.round(r.tbtMs)} ms is over the ${goals.tbtMs} ms goal` : null,
  ].filter((line): line is string => line !== null));
}

export function auditPassed(rows: readonly AuditRow[], goals: { lcpMs: number; tbtMs: number } = metricGoals): boolean {
  return rows.every((r) => categories.every((c) => r.scores[c] === 100)) && metricProblems(rows, goals).length === 0;
}

const fmt = (n: number | null, f: (n: number) => string) => (n === null ? '–' : f(n));

export function auditTable(rows: readonly AuditRow[]): string[][] {
  return [
    ['page', 'performance', 'accessibility', 'best-practices', 'SEO', 'LCP', 'TBT', 'CLS', 'transferred'],
    ...rows.map((r) => [
      r.page,
      ...categories.map((c) => fmt(r.scores[c], String)),
      fmt(r.lcpMs, (n) => `${(n / 1000).toFixed(2)} s`),
      fmt(r.tbtMs, (n) => `${Math.round(n)} ms`),
      fmt(r.cls, (n) => n.toFixed(3)),
      fmt(r.transferBytes, (n) => `${(n / 1024).toFixed(1)} KB`),
    ]),
  ];
}

export function failureLines(rows: readonly AuditRow[]): string[] {
  return rows.flatMap((r) =>
    r.failing.map(
      (f) =>
        `${r.page} ${f.category} ${f.score ?? 'n/a'}: ${
          f.audits.length === 0 ? '(no single failing audit; see the HTML report)' : f.audits.map((a) => `${a.id} (${a.score.toFixed(2)}${a.displayValue ? `, ${a.displayValue}` : ''})`).join(', ')
        }`,
    ),
  );
}
