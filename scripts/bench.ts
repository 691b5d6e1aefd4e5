// `npm run bench [-- --sizes 1000,5000]`: how content validation and the full build scale with the size of the
// course. For each size it writes synthetic content (src/quality/synthetic-content.ts) into a copy of the site
// in the system temp folder (src/, astro.config.mjs, package.json, tsconfig.json and public/ copied, node_modules
// linked, content replaced), times `checkContent` in this process and `astro build` in a child process, and
// prints a table. It reports; it does not fail on time. Goal: 20,000 facts validate within 2 s, build time
// grows about linearly. `--no-build` times validation only; `--keep` leaves the temp folders for a look.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, readdirSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSyntheticContent } from '../src/quality/synthetic-content.ts';
import { checkContent } from '../src/validation/validate-content.ts';
import { formatProblems } from '../src/validation/problem.ts';
import { formatTable } from '../src/quality/byte-budget.ts';

const projectRoot = join(import.meta.dirname, '..');
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : process.argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
};
const sizes = (arg('--sizes') ?? '1000,5000,20000').split(',').map((s) => Number(s.trim().replace(/_/g, '')));
if (sizes.some((s) => !Number.isInteger(s) || s < 30)) {
  console.error('bench: --sizes takes a comma-separated list of fact counts, each at least 30, e.g. --sizes 1000,5000');
  process.exit(2);
}
const build = !process.argv.includes('--no-build');
const keep = process.argv.includes('--keep');

/** A copy of the site without its content, sharing node_modules. */
function siteCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kz-bench-'));
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'public']) cpSync(join(projectRoot, entry), join(dir, entry), { recursive: true });
  cpSync(join(projectRoot, 'src'), join(dir, 'src'), { recursive: true, filter: (src) => !src.startsWith(join(projectRoot, 'src', 'data')) });
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** CPU seconds used by finished child processes (Linux /proc; null elsewhere): wall time lies on a busy machine. */
function childrenCpuS(): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
  // After "pid (comm) ", cutime and cstime are fields 14 and 15 (0-based from state), in clock ticks (100 per second).
  return (Number(fields[13]) + Number(fields[14])) / 100;
}
const cpuMs = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

interface Row {
  facts: number;
  questions: number;
  pages: number | null;
  validationMs: number;
  validationCpuMs: number;
  buildS: number | null;
  buildCpuS: number | null;
}
const rows: Row[] = [];
const loadBefore = loadavg()[0]!;

// Warm up the parser, schemas and validators on a small course, so the first size is not charged for JIT compilation.
{
  const dir = mkdtempSync(join(tmpdir(), 'kz-bench-warmup-'));
  writeSyntheticContent(dir, 300);
  checkContent(dir);
  rmSync(dir, { recursive: true, force: true });
}
for (const size of sizes) {
  const dir = siteCopy();
  // process.exit skips `finally`: remove the copy first.
  const fail = (message: string): never => {
    console.error(message);
    if (!keep) rmSync(dir, { recursive: true, force: true });
    process.exit(1);
  };
  try {
    const counts = writeSyntheticContent(dir, size);
    // Validation as `npm run check:content` and the build's integration run it: load, parse, check everything.
    const started = performance.now();
    const cpu = process.cpuUsage();
    const { problems } = checkContent(dir);
    const validationMs = performance.now() - started;
    const validationCpuMs = cpuMs(cpu);
    if (problems.length > 0) {
      fail(`bench: the synthetic content at ${size} facts is invalid (a bug in the generator):\n${formatProblems(problems.slice(0, 20))}`);
    }
    console.log(`bench: ${counts.facts} facts, ${counts.questions} questions in ${counts.quizzes} quizzes: validated in ${Math.round(validationMs)} ms (${Math.round(validationCpuMs)} ms CPU)`);
    let buildS: number | null = null;
    let buildCpuS: number | null = null;
    let pages: number | null = null;
    if (build) {
      const t = performance.now();
      const cpuBefore = childrenCpuS();
      const result = spawnSync(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', KZM_BENCH: '1' } });
      buildS = (performance.now() - t) / 1000;
      const cpuAfter = childrenCpuS();
      buildCpuS = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
      if (result.status !== 0) {
        fail(`bench: astro build failed at ${size} facts:\n${(result.stdout + result.stderr).slice(-4000)}`);
      }
      pages = countPages(join(dir, 'dist'));
      console.log(`bench: built ${pages} pages in ${buildS.toFixed(1)} s${buildCpuS === null ? '' : ` (${buildCpuS.toFixed(1)} s CPU)`}`);
    }
    rows.push({ facts: counts.facts, questions: counts.questions, pages, validationMs, validationCpuMs, buildS, buildCpuS });
  } finally {
    if (keep) console.log(`bench: kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

function countPages(dir: string): number {
  let n = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.html')) n++;
    }
  };
  walk(dir);
  return n;
}

console.log('');
console.log(
  formatTable([
    ['facts', 'questions', 'pages', 'validation ms', 'validation CPU ms', 'build s', 'build CPU s', 'build ms per fact'],
    ...rows.map((r) => [
      String(r.facts),
      String(r.questions),
      r.pages === null ? '–' : String(r.pages),
      String(Math.round(r.validationMs)),
      String(Math.round(r.validationCpuMs)),
      r.buildS === null ? '–' : r.buildS.toFixed(1),
      r.buildCpuS === null ? '–' : r.buildCpuS.toFixed(1),
      r.buildS === null ? '–' : ((r.buildS * 1000) / r.facts).toFixed(2),
    ]),
  ]),
);
console.log(`\nLoad average ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after, on ${availableParallelism()} CPUs: wall times above the CPU times mean other work shared the machine.`);
const largest = rows.at(-1);
if (largest && largest.facts >= 20_000) {
  console.log(`\nValidation of ${largest.facts} facts took ${Math.round(largest.validationMs)} ms: ${largest.validationMs <= 2000 ? 'within' : 'over'} the 2 s goal.`);
}
