// `npm run verify:sources -- <dir>`: every citation's quote must appear verbatim in the source texts in <dir>.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadContent } from '../src/lib/load-content.ts';
import { formatProblems } from '../src/validation/problem.ts';
import { verifyQuotes } from '../src/validation/verify-quotes.ts';

const dir = process.argv[2];
if (!dir) {
  console.error('Usage: npm run verify:sources -- <folder with the source texts>   (e.g. ../shared/sources)');
  process.exit(2);
}
const folder = resolve(dir);
const { content, problems } = loadContent(process.cwd());
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
const result = verifyQuotes(content, (file) => {
  const path = join(folder, file);
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
});
for (const m of result.missing) {
  console.error(`${m.file}${m.line ? `:${m.line}` : ''} › ${m.fact} › ${m.source}: ${m.reason}: "${m.quote}"`);
}
console.log(`${result.checked - result.missing.length} of ${result.checked} quotes found verbatim in ${folder}; ${result.skipped} citations of external documents not checked.`);
process.exit(result.missing.length > 0 ? 1 : 0);
