import { describe, expect, it } from 'vitest';
import { auditPassed, auditRow, auditTable, failureLines, medianRow, metricProblems, type Lhr } from '../../src/quality/audit-report.ts';

const audit = (id: string, score: number | null, mode = 'binary', extra = {}) => ({ id, title: id, score, scoreDisplayMode: mode, ...extra });
const lhr = (perf: number): Lhr => ({
  categories: {
    performance: { score: perf, auditRefs: [{ id: 'cumulative-layout-shift', weight: 25 }, { id: 'largest-contentful-paint', weight: 25 }, { id: 'layout-shifts', weight: 0 }, { id: 'diagnostics', weight: 0 }] },
    accessibility: { score: 1, auditRefs: [{ id: 'color-contrast', weight: 7 }] },
    'best-practices': { score: 1, auditRefs: [] },
    seo: { score: 1, auditRefs: [{ id: 'meta-description', weight: 1 }] },
  },
  audits: {
    'cumulative-layout-shift': audit('cumulative-layout-shift', 0.77, 'numeric', { numericValue: 0.147, displayValue: '0.147' }),
    'largest-contentful-paint': audit('largest-contentful-paint', 1, 'numeric', { numericValue: 950 }),
    'layout-shifts': audit('layout-shifts', 0, 'metricSavings'),
    diagnostics: audit('diagnostics', null, 'informative'),
    'color-contrast': audit('color-contrast', 1),
    'meta-description': audit('meta-description', 1),
    'total-blocking-time': audit('total-blocking-time', 1, 'numeric', { numericValue: 12 }),
    'total-byte-weight': audit('total-byte-weight', 1, 'numeric', { numericValue: 10240 }),
  },
});

describe('auditRow', () => {
  it('scores out of 100, metrics, and the failing audits of a category below 100, weighted first', () => {
    const row = auditRow('/progress/', lhr(0.94));
    expect(row.scores).toEqual({ performance: 94, accessibility: 100, 'best-practices': 100, seo: 100 });
    expect(row.failing).toEqual([{ category: 'performance', score: 94, audits: [{ id: 'cumulative-layout-shift', title: 'cumulative-layout-shift', score: 0.77, displayValue: '0.147' }, { id: 'layout-shifts', title: 'layout-shifts', score: 0, displayValue: undefined }] }]);
    expect(auditPassed([row])).toBe(false);
    expect(failureLines([row])[0]).toBe('/progress/ performance 94: cumulative-layout-shift (0.77, 0.147), layout-shifts (0.00)');
    expect(auditTable([row])[1]).toEqual(['/progress/', '94', '100', '100', '100', '0.95 s', '12 ms', '0.147', '10.0 KB']);
  });
  it('passes a page with 100 everywhere', () => {
    const row = auditRow('/', lhr(1));
    expect(row.failing).toEqual([]);
    expect(auditPassed([row])).toBe(true);
  });
});

describe('medianRow (several runs of one page)', () => {
  const run = (perf: number, lcp: number, tbt: number): Lhr => {
    const r = lhr(perf);
    r.audits['largest-contentful-paint'] = audit('largest-contentful-paint', 1, 'numeric', { numericValue: lcp });
    r.audits['total-blocking-time'] = audit('total-blocking-time', 1, 'numeric', { numericValue: tbt });
    return r;
  };
  it('keeps the scores of the median run, and LCP and TBT each as their own median over the runs', () => {
    const row = medianRow('/quizzes/x/', [run(1, 900, 0), run(0.97, 1400, 180), run(0.99, 950, 20), run(1, 920, 0), run(0.99, 980, 40)]);
    expect(row.scores.performance).toBe(99);
    expect(row.lcpMs).toBe(950);
    expect(row.tbtMs).toBe(20);
    expect(row.lcpRuns).toEqual([900, 1400, 950, 920, 980]);
    expect(metricProblems([row])).toEqual([]);
  });
  it('fails the audit when the median LCP or TBT is over its goal, saying which', () => {
    const row = { ...medianRow('/', [run(1, 1100, 60), run(1, 1200, 70), run(1, 1000, 80)]) };
    expect(metricProblems([row])).toEqual(['/ LCP 1.10 s is over the 1.0 s goal', '/ TBT 70 ms is over the 50 ms goal']);
    expect(auditPassed([row])).toBe(false);
    expect(auditPassed([medianRow('/', [run(1, 800, 10)])])).toBe(true);
  });
});
