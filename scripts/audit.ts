// `npm run audit`: builds the site, serves dist/ on port 4361 (AUDIT_PORT) and runs Lighthouse (mobile, the
// default settings) in Debian's Chromium on one page of each type: home, a lesson, a quiz, an assignment (from a
// link), the teacher page, progress, review and the sources page (the largest). Target: 100 in performance,
// accessibility, best practices and SEO, LCP at most 1.0 s and TBT at most 50 ms on every page; exits 1 otherwise,
// listing what missed. `--no-build` audits the dist/ already there. `--runs N` (default 5) audits each page N times:
// scores come from the run with the median performance score, LCP and TBT are each the median over the runs (on a
// shared machine one run's blocking time can be all noise). The load average is printed with the results.
// JSON reports go to lighthouse-reports/ (git-ignored) for a closer look.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism, loadavg } from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { auditPassed, auditTable, failureLines, medianRow, metricGoals, metricProblems, type AuditRow, type Lhr } from '../src/quality/audit-report.ts';
import { encodeAssignment } from '../src/teach/assignment-link.ts';
import { formatTable } from '../src/quality/byte-budget.ts';
import { serveStatic } from '../src/quality/static-server.ts';

const projectRoot = join(import.meta.dirname, '..');
const dist = join(projectRoot, 'dist');
const port = Number(process.env.AUDIT_PORT ?? 4361);
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/').replace(/^\/?/, '/');
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 5;
if (!Number.isInteger(runs) || runs < 1) {
  console.error('audit: --runs takes a whole number of runs per page, e.g. --runs 5');
  process.exit(2);
}

if (!process.argv.includes('--no-build')) {
  const build = spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: projectRoot, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('audit: the build failed, nothing to audit.');
    process.exit(build.status ?? 1);
  }
}
if (!existsSync(chromePath)) {
  console.error(`audit: no Chromium at ${chromePath}. Install it (sudo apt-get install -y chromium) or set CHROME_PATH.`);
  process.exit(2);
}

// An assignment is a link: the page reads its questions from the fragment.
const assignment = `assignment/#${await encodeAssignment({ questionIds: ['ast-first-round-year', 'ast-un-envoy', 'osce-year'], lesson: 'astana-process', classLabel: '9B', due: 'Friday', feedback: 'immediate', shuffle: true, readFirst: false })}`;
const wanted = ['', 'lessons/astana-process/', 'quizzes/astana-process/', assignment, 'teach/', 'progress/', 'review/', 'sources/'];
const pages = wanted.filter((p) => {
  const dir = p.replace(/#.*$/, '');
  if (existsSync(join(dist, dir, 'index.html'))) return true;
  console.log(`audit: skipping ${base}${p}: dist/${dir}index.html was not built.`);
  return false;
});

const loadBefore = loadavg()[0]!;
const server = await serveStatic(dist, port, base);
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-quic'],
});
// Lighthouse can fail outside the awaited call (a crashed tab ends the process): never leave Chromium behind.
process.once('exit', () => chrome.kill());
const rows: AuditRow[] = [];
const reports = join(projectRoot, 'lighthouse-reports');
mkdirSync(reports, { recursive: true });
try {
  for (const p of pages) {
    const url = `http://localhost:${port}${base}${p}`;
    const results: { lhr: Lhr; report: string }[] = [];
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const lhr = result.lhr as unknown as Lhr;
      if (lhr.runtimeError) console.error(`audit: ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      results.push({ lhr, report: typeof result.report === 'string' ? result.report : result.report.join('\n') });
    }
    const row = medianRow(`${base}${p.replace(/#.*$/, '#…')}`, results.map((r) => r.lhr));
    rows.push(row);
    // The report of the median run by performance score (the other categories do not vary between runs).
    const sorted = [...results].sort((a, b) => (a.lhr.categories.performance?.score ?? 0) - (b.lhr.categories.performance?.score ?? 0));
    writeFileSync(join(reports, `${p.replace(/#.*$/, '').replace(/\/$/, '').replace(/\//g, '_') || 'home'}.json`), sorted[Math.floor(sorted.length / 2)]!.report);
    const perf = results.map((r) => Math.round((r.lhr.categories.performance?.score ?? 0) * 100));
    console.log(`audit: ${row.page} done: performance ${perf.join(', ')}; LCP ${row.lcpRuns.map((n) => (n / 1000).toFixed(2)).join(', ')} s; TBT ${row.tbtRuns.map((n) => Math.round(n)).join(', ')} ms`);
  }
} finally {
  chrome.kill();
  server.close();
}

const load = Math.max(loadBefore, loadavg()[0]!);
console.log(`\nLighthouse (mobile, default settings), Chromium ${chromePath}, median of ${runs} run${runs === 1 ? '' : 's'} per page; load average ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after, on ${availableParallelism()} CPUs:\n`);
console.log(formatTable(auditTable(rows)));
if (load > availableParallelism()) {
  console.log(`\nNote: load average ${load.toFixed(1)} on ${availableParallelism()} CPUs while auditing. Lighthouse scales the CPU time it observes,
so other work on the machine inflates TBT and lowers performance scores; re-run on an idle machine before trusting them.`);
}
if (!auditPassed(rows)) {
  const below = failureLines(rows);
  if (below.length > 0) console.error('\nBelow 100 (audit id, score, value; full reports in lighthouse-reports/):');
  for (const line of below) console.error(`  ${line}`);
  const metrics = metricProblems(rows);
  if (metrics.length > 0) console.error(`\nOver the goals (LCP ${metricGoals.lcpMs / 1000} s, TBT ${metricGoals.tbtMs} ms, medians):`);
  for (const line of metrics) console.error(`  ${line}`);
  process.exit(1);
}
console.log(`\nEvery audited page scores 100 in all four categories, with LCP within ${metricGoals.lcpMs / 1000} s and TBT within ${metricGoals.tbtMs} ms.`);
