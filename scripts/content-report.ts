// `npm run content:report [-- --json] [root]`: per lesson and quiz, the numbers a reviewer looks at first (facts
// used, skills mix, true/false balance, attributed judgements, recall-only questions) and what each rule finds,
// including the rules still pending content corrections. Reports; never fails on content.
import { loadContent } from '../src/lib/load-content.ts';
import { contentReport, formatContentReport } from '../src/quality/content-report.ts';
import { problemsByRule } from '../src/validation/validate-content.ts';
import { formatProblems } from '../src/validation/problem.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const root = args.find((a) => !a.startsWith('--')) ?? process.cwd();
const { content, problems } = loadContent(root);
if (problems.length > 0) {
  console.error(`The content does not load cleanly; fix these first.\n${formatProblems(problems)}`);
  process.exit(1);
}
const report = contentReport(root, content, problemsByRule(content));
console.log(json ? JSON.stringify(report, null, 2) : formatContentReport(report));
