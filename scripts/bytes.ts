// `npm run bytes`: what each built page makes a student download (gzip), by page type, and the offline
// precache total, checked against the budgets in src/quality/byte-budget.ts. Run after `astro build`.
import { join } from 'node:path';
import { byteReport, defaultBudgets, formatReport } from '../src/quality/byte-budget.ts';

const dist = join(import.meta.dirname, '..', process.argv[2] ?? 'dist');
let report;
try {
  report = byteReport(dist, { base: process.env.BASE_PATH ?? '/' });
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}
console.log(formatReport(report, defaultBudgets));
if (report.violations.length > 0) {
  console.error(`\nOver budget (${report.violations.length}):`);
  for (const v of report.violations) console.error(`  ${v.message}`);
  process.exit(1);
}
console.log('\nAll pages within budget.');
