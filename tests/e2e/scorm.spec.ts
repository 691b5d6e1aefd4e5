// SCORM packages in a real SCORM 1.2 runtime: scorm-again plays the LMS in the parent page, the package's launch
// page runs in an iframe below it (both served by a small http server here, since the SCO must share the LMS's
// origin to reach its API), and the assertions read the CMI data the LMS would store.
import { expect, test, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { unzipSync, strFromU8 } from 'fflate';
import { distDir } from './built-site.ts';
import { answerByKeyboard, currentQuestion, pressAction, quizData } from './quiz-helpers.ts';
import type { RuntimeQuestion } from '../../src/quiz/types.ts';
import type { PackageData } from '../../src/export/scorm-package.ts';
import { en } from '../../src/i18n/messages/en.ts';
import { LAUNCH_ASSETS_DIR, packageIdentifier, scormPackageFiles, type LaunchAssets } from '../../src/export/scorm-package.ts';
import { SCORM_CONTROL_FILES } from '../../src/export/scorm-manifest.ts';
import { decodeResumeState, encodeResumeState, SUSPEND_DATA_LIMIT, worstCaseLength } from '../../src/export/scorm-suspend-data.ts';
import { decodeAssignment } from '../../src/teach/assignment-link.ts';
import { validateEach } from '../unit/xmllint.ts';

type Files = Record<string, Uint8Array>;
const packages = new Map<string, Files>();
const commits: { type: string; body: Record<string, unknown> }[] = [];
let server: Server;
let origin = '';

/** The fake LMS: a parent page with scorm-again's SCORM 1.2 API and the SCO in an iframe. */
const LMS_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS</title></head><body>
<iframe id="sco" name="sco" title="Course content" style="width:100%;height:90vh;border:0"></iframe>
<script type="module">
import { Scorm12API } from '/scorm-again/scorm12.min.js';
window.calls = { finish: 0, commit: 0 };
// opts.refuse (later window.refuse): { element or method: how many calls to refuse with error 405 (101 for
// LMSInitialize and LMSCommit) }.
window.launch = (pkg, cmi, opts = {}) => {
  const real = new Scorm12API({ lmsCommitUrl: '/commit', logLevel: 5 });
  real.loadFromJSON(cmi);
  real.on('LMSFinish', () => window.calls.finish++);
  real.on('LMSCommit', () => window.calls.commit++);
  window.realAPI = real;
  const refuse = (window.refuse = { ...(opts.refuse ?? {}) });
  let refused = null;
  const refuseNow = (key, code) => { if (!(refuse[key] > 0)) return false; refuse[key]--; refused = code; return true; };
  window.API = {
    LMSInitialize: (a) => (refuseNow('LMSInitialize', '101') ? 'false' : (refused = null, real.LMSInitialize(a))),
    LMSFinish: (a) => real.LMSFinish(a),
    LMSGetValue: (e) => real.LMSGetValue(e),
    LMSSetValue: (e, v) => (refuseNow(e, '405') ? 'false' : (refused = null, real.LMSSetValue(e, v))),
    LMSCommit: (a) => (refuseNow('LMSCommit', '101') ? 'false' : (refused = null, real.LMSCommit(a))),
    LMSGetLastError: () => refused ?? real.LMSGetLastError(),
    LMSGetErrorString: (c) => (refused ? 'refused by the test LMS' : real.LMSGetErrorString(c)),
    LMSGetDiagnostic: (c) => real.LMSGetDiagnostic(c),
  };
  document.getElementById('sco').src = '/pkg/' + pkg + '/index.html';
};
window.closeSco = () => { document.getElementById('sco').src = 'about:blank'; };
window.cmi = () => window.realAPI.renderCMIToJSONObject().cmi;
</script></body></html>`;

function launchAssets(): LaunchAssets {
  const read = (name: string) => readFileSync(join(distDir, LAUNCH_ASSETS_DIR, name), 'utf8');
  return { js: read('quiz.js'), css: read('quiz.css'), controlFiles: Object.fromEntries(SCORM_CONTROL_FILES.map((n) => [n, read(n)])) };
}

function addPackage(name: string, files: Record<string, string | Uint8Array>): void {
  packages.set(name, Object.fromEntries(Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? new TextEncoder().encode(v) : v])));
}

/** A package made from the given questions, the way the teacher page makes one for an assignment. */
function syntheticPackage(name: string, questions: RuntimeQuestion[], masteryScore: number | null = 60): void {
  const data: PackageData = { version: 1, key: `scorm:${name}`, title: `Test package ${name}`, intro: [], feedback: 'immediate', shuffle: false, masteryScore, questions, lang: 'en', strings: { quiz: en.islands.quiz, storage: en.islands.storage } };
  addPackage(name, scormPackageFiles(packageIdentifier('quiz', name), data, launchAssets()));
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.xml': 'application/xml', '.xsd': 'application/xml' };

test.beforeAll(async () => {
  addPackage('astana-process', unzipSync(readFileSync(join(distDir, 'downloads/scorm/astana-process.zip'))));
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (req.method === 'POST' && url.pathname === '/commit') {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        commits.push({ type: String(req.headers['content-type']), body: JSON.parse(body) as Record<string, unknown> });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"result":true,"errorCode":0}');
      });
      return;
    }
    if (url.pathname === '/lms.html') return void res.writeHead(200, { 'content-type': 'text/html' }).end(LMS_PAGE);
    if (url.pathname === '/scorm-again/scorm12.min.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(join(import.meta.dirname, '../../node_modules/scorm-again/dist/esm/scorm12.min.js')));
    const m = /^\/pkg\/([^/]+)\/(.+)$/.exec(url.pathname);
    const file = m ? packages.get(m[1]!)?.[decodeURIComponent(m[2]!)] : undefined;
    if (!file) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': TYPES[/\.\w+$/.exec(m![2]!)?.[0] ?? ''] ?? 'application/octet-stream' }).end(file);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** Quiz helpers act on a page; inside the LMS they act on the SCO's frame. */
function sco(page: Page): Page {
  const frame = page.frameLocator('#sco');
  return { locator: (s: string) => frame.locator(s), keyboard: page.keyboard } as unknown as Page;
}

const student = { core: { student_id: 'u-42', student_name: 'Doe, Jane' } };

function manifestMastery(pkg: string): string {
  return /<adlcp:masteryscore>(\d+)<\/adlcp:masteryscore>/.exec(strFromU8(packages.get(pkg)!['imsmanifest.xml']!))![1]!;
}

/** What an LMS passes to a new session: the learner, the manifest's pass mark and, on a relaunch, what it stored. */
function launchCmi(pkg: string, stored?: Record<string, any>) {
  return {
    ...student,
    student_data: { mastery_score: manifestMastery(pkg) },
    ...(stored ? { core: { ...student.core, entry: 'resume', lesson_status: stored.core.lesson_status }, suspend_data: stored.suspend_data } : {}),
  };
}

type Cmi = { core: Record<string, any>; suspend_data: string; interactions: Record<string, Record<string, any>> };
const readCmi = (page: Page) => page.evaluate(() => (window as any).cmi()) as Promise<Cmi>;

/** The 1.2 pattern of the key, written out here independently of the exporter. */
function expectedPattern(q: RuntimeQuestion): string {
  const abc = 'abcdefghijklmnopqrstuvwxyz';
  if (q.type === 'true-false') return q.correct ? 't' : 'f';
  if (q.type === 'single-choice') return abc[q.correct]!;
  if (q.type === 'multiple-select') return q.correct.map((i) => abc[i]).join(',');
  if (q.type === 'numeric') return String(q.correct);
  if (q.type === 'ordering') return abc.slice(0, q.items.length).split('').join(',');
  return q.left.map((_, i) => `${i + 1}.${abc[i]}`).join(',');
}
const TYPE_12: Record<RuntimeQuestion['type'], string> = { 'single-choice': 'choice', 'multiple-select': 'choice', 'true-false': 'true-false', numeric: 'numeric', ordering: 'sequencing', matching: 'matching' };

test('a quiz package reports to the LMS: progress, resume after a relaunch, score, status, every interaction, a clean finish', async ({ page }) => {
  await page.goto(`${origin}/lms.html`);
  await page.evaluate((cmi) => (window as any).launch('astana-process', cmi), launchCmi('astana-process'));
  const frame = sco(page);
  const data = await quizData(frame);
  const missed = new Set<string>();
  const shown: string[] = [];
  // First session: three questions (the second one wrong), then the student leaves.
  for (let n = 1; n <= 3; n++) {
    await expect(frame.locator('.q-count')).toHaveText(`Question ${n} of ${data.length}`);
    const q = await currentQuestion(frame, data);
    shown.push(q.id);
    if (n === 2) missed.add(q.id);
    await answerByKeyboard(frame, q, n !== 2);
    await pressAction(frame, /Check answer/);
    await pressAction(frame, /Next question/);
  }
  await expect(frame.locator('.q-count')).toHaveText(`Question 4 of ${data.length}`);
  let cmi = await readCmi(page);
  expect(cmi.core.lesson_status).toBe('incomplete');
  expect(cmi.suspend_data.length).toBeGreaterThan(0);
  expect(cmi.suspend_data.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
  const saved = decodeResumeState(cmi.suspend_data, data);
  expect(saved.ok && saved.state.attempt.questionIds.slice(0, 3)).toEqual(shown);
  expect(saved.ok && Object.keys(saved.state.attempt.answers).sort()).toEqual([...shown].sort());

  await page.evaluate(() => (window as any).closeSco());
  await expect.poll(() => page.evaluate(() => (window as any).calls.finish)).toBe(1);
  cmi = await readCmi(page);
  expect(cmi.core.exit).toBe('suspend');
  expect(cmi.core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
  // LMSFinish sends the data with a beacon: the LMS has it.
  await expect.poll(() => commits.filter((c) => (c.body as any).cmi?.core?.exit === 'suspend').length).toBeGreaterThan(0);

  // Second session: the LMS hands back what it stored; the quiz resumes at question 4.
  await page.evaluate(([cmi]) => (window as any).launch('astana-process', cmi), [launchCmi('astana-process', cmi)]);
  await expect(frame.locator('.q-count')).toHaveText(`Question 4 of ${data.length}`);
  await expect(frame.locator('[data-lms-status]')).toContainText('Connected to your LMS');
  for (let n = 4; n <= data.length; n++) {
    const q = await currentQuestion(frame, data);
    shown.push(q.id);
    if (n === 6) missed.add(q.id);
    await answerByKeyboard(frame, q, n !== 6);
    await pressAction(frame, /Check answer/);
    await pressAction(frame, n < data.length ? /Next question/ : /See your results/);
  }
  const correct = data.length - missed.size;
  const percent = Math.round((correct / data.length) * 100);
  await expect(frame.locator('.score')).toContainText(`${correct} of ${data.length} correct`);
  await expect(frame.locator('[data-lms-status]')).toHaveText(`Your result was sent to your LMS: ${percent}%, passed.`);

  cmi = await readCmi(page);
  expect(cmi.core.score).toEqual({ raw: String(percent), min: '0', max: '100' });
  expect(cmi.core.lesson_status).toBe(percent >= Number(manifestMastery('astana-process')) ? 'passed' : 'failed');
  const records = Object.values(cmi.interactions);
  expect(records).toHaveLength(data.length);
  records.forEach((r, i) => {
    const q = data.find((x) => x.id === shown[i])!;
    expect(r.id).toBe(q.id);
    expect(r.type).toBe(TYPE_12[q.type]);
    expect(r.correct_responses['0'].pattern).toBe(expectedPattern(q));
    expect(r.result).toBe(missed.has(q.id) ? 'wrong' : 'correct');
    if (missed.has(q.id)) expect(r.student_response).not.toBe(expectedPattern(q));
    else expect(r.student_response).toBe(expectedPattern(q));
    expect(r.latency).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    expect(r.time).toMatch(/^\d{2}:\d{2}:\d{2}$/);
  });

  await page.evaluate(() => (window as any).closeSco());
  await expect.poll(() => page.evaluate(() => (window as any).calls.finish)).toBe(2);
  cmi = await readCmi(page);
  expect(cmi.core.exit).toBe('');
  expect(await page.evaluate(() => (window as any).realAPI.LMSGetLastError())).toBe('0');
  await expect.poll(() => commits.some((c) => (c.body as any).cmi?.core?.lesson_status === 'passed' && (c.body as any).cmi?.core?.score?.raw === String(percent))).toBe(true);

  // A third launch after finishing shows the result again and reports nothing twice.
  await page.evaluate(([cmi]) => (window as any).launch('astana-process', cmi), [launchCmi('astana-process', cmi)]);
  await expect(frame.locator('.score')).toContainText(`${correct} of ${data.length} correct`);
  expect(Object.keys((await readCmi(page)).interactions)).toHaveLength(0);
});

test('opened without an LMS (or from a folder), the package runs the quiz, says results are not reported and fetches nothing outside itself', async ({ page }) => {
  const requests: string[] = [];
  const cspErrors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text()); });
  await page.goto(`${origin}/pkg/astana-process/index.html`);
  await expect(page.locator('[data-lms-status]')).toContainText('not connected to an LMS');
  await expect(page.locator('[data-lms-status]')).toContainText('not reported');
  const data = await quizData(page);
  const q = await currentQuestion(page, data);
  await answerByKeyboard(page, q, true);
  await pressAction(page, /Check answer/);
  await expect(page.locator('.feedback h3')).toHaveText('✓ Correct');
  await expect(page.locator('.feedback .fact-quote').first()).toContainText('“');
  // Sources are named, not linked: a link would lead out of the package.
  await expect(page.locator('.feedback a[href]')).toHaveCount(0);
  expect(requests.every((u) => u.startsWith(`${origin}/pkg/astana-process/`))).toBe(true);
  expect(cspErrors).toEqual([]);

  // Unzipped into a folder and opened from disk (as Kolibri's HTML5 app or a teacher's preview would).
  const dir = mkdtempSync(join(tmpdir(), 'kzm-scorm-'));
  try {
    for (const [path, bytes] of Object.entries(packages.get('astana-process')!)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), bytes);
    }
    await page.goto(`file://${join(dir, 'index.html')}`);
    await expect(page.locator('.q-count')).toHaveText(`Question 1 of ${data.length}`);
    await expect(page.locator('[data-lms-status]')).toContainText('not connected to an LMS');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('when the LMS refuses calls, the page says so, keeps every answer and sends them again', async ({ page }) => {
  const bank = JSON.parse(strFromU8(packages.get('astana-process')!['index.html']!).match(/<script type="application\/json" id="quiz-package">([\s\S]*?)<\/script>/)![1]!) as PackageData;
  const questions = ['single-choice', 'true-false', 'numeric'].map((t) => bank.questions.find((q) => q.type === t)!);
  syntheticPackage('three', questions);

  // An LMS that will not start the session: the quiz still runs, and says the result cannot be reported.
  await page.goto(`${origin}/lms.html`);
  await page.evaluate((cmi) => (window as any).launch('three', cmi, { refuse: { LMSInitialize: 1 } }), launchCmi('three'));
  const frame = sco(page);
  await expect(frame.locator('[data-lms-status]')).toContainText('did not start this session (LMSInitialize: error 101');
  await expect(frame.locator('.q-count')).toHaveText('Question 1 of 3');

  // An LMS that refuses progress saves for a while, and the first score. The first session's page goes first, so
  // that nothing below can act on it while the second one loads.
  await page.evaluate(() => (window as any).closeSco());
  await expect(frame.locator('.q-count')).toHaveCount(0);
  await page.evaluate((cmi) => (window as any).launch('three', cmi, { refuse: { 'cmi.suspend_data': 99, 'cmi.core.score.raw': 1 } }), launchCmi('three'));
  await expect(frame.locator('.q-count')).toHaveText('Question 1 of 3');
  await answerByKeyboard(frame, questions[0]!, true);
  await pressAction(frame, /Check answer/);
  await expect(frame.locator('[data-lms-status]')).toContainText('did not save your latest progress (LMSSetValue(cmi.suspend_data): error 405');
  expect((await readCmi(page)).suspend_data).toBe('');
  await page.evaluate(() => ((window as any).refuse['cmi.suspend_data'] = 0));
  await pressAction(frame, /Next question/);
  await answerByKeyboard(frame, questions[1]!, false);
  await pressAction(frame, /Check answer/);
  // Saving works again: the next save carries every answer so far.
  await expect(frame.locator('[data-lms-status]')).toHaveText('Connected to your LMS: your progress and result are saved there.');
  const saved = decodeResumeState((await readCmi(page)).suspend_data, questions);
  expect(saved.ok && Object.keys(saved.state.attempt.answers)).toEqual([questions[0]!.id, questions[1]!.id]);
  await pressAction(frame, /Next question/);
  await answerByKeyboard(frame, questions[2]!, true);
  await pressAction(frame, /Check answer/);
  await pressAction(frame, /See your results/);
  await expect(frame.locator('.score')).toContainText('2 of 3 correct');
  const status = frame.locator('[data-lms-status]');
  await expect(status).toContainText('did not accept your result (LMSSetValue(cmi.core.score.raw): error 405');
  expect((await readCmi(page)).core.score.raw).toBe('');
  await status.getByRole('button', { name: 'Send my result again' }).click();
  await expect(status).toHaveText('Your result was sent to your LMS: 67%, passed.');
  const cmi = await readCmi(page);
  expect(cmi.core.score.raw).toBe('67');
  expect(cmi.core.lesson_status).toBe('passed');
  // Sending again rewrote the same three records instead of adding three more.
  expect(Object.values(cmi.interactions).map((r) => [r.id, r.result])).toEqual([
    [questions[0]!.id, 'correct'],
    [questions[1]!.id, 'wrong'],
    [questions[2]!.id, 'correct'],
  ]);
});

test('a resume state near the 4,096-character limit of suspend_data is resumed, stays within it, and every answer counts', async ({ page }) => {
  // Numeric questions whose keys are as long as the runner accepts (16 characters) make the longest state.
  const numeric = (i: number): RuntimeQuestion => ({ id: `limit-q${i}`, quiz: 'limit', type: 'numeric', prompt: `Type the number ${i} exactly.`, explanation: 'It is the number given.', facts: [], correct: Number(`-12345${String(i).padStart(4, '0')}.12345`), tolerance: 0 });
  let n = 1;
  while (worstCaseLength(Array.from({ length: n + 1 }, (_, i) => numeric(i))) <= SUSPEND_DATA_LIMIT) n++;
  expect(n).toBeGreaterThan(50);
  const questions = Array.from({ length: n }, (_, i) => numeric(i));
  syntheticPackage('limit', questions);
  // A student who answered all but the last question (one wrong) in an earlier session.
  const ids = questions.map((q) => q.id);
  const answers = Object.fromEntries(questions.slice(0, -1).map((q, i) => [q.id, { type: 'numeric' as const, value: i === 3 ? 1 : (q as { correct: number }).correct }]));
  const attempt = { seed: 4294967295, questionIds: ids, answers, checked: ids.slice(0, -1), position: n - 1, feedback: 'immediate' as const, startedAt: Date.now() - 600_000, finishedAt: null };
  const suspend = encodeResumeState({ attempt, latencies: Object.fromEntries(ids.map((id) => [id, 99_999_000])) }, questions);
  expect(suspend.length).toBeGreaterThan(SUSPEND_DATA_LIMIT - 200);

  await page.goto(`${origin}/lms.html`);
  await page.evaluate((cmi) => (window as any).launch('limit', cmi), { ...launchCmi('limit'), core: { ...student.core, entry: 'resume', lesson_status: 'incomplete' }, suspend_data: suspend });
  const frame = sco(page);
  await expect(frame.locator('.q-count')).toHaveText(`Question ${n} of ${n}`);
  await answerByKeyboard(frame, questions[n - 1]!, true);
  await pressAction(frame, /Check answer/);
  await pressAction(frame, /See your results/);
  await expect(frame.locator('.score')).toContainText(`${n - 1} of ${n} correct`);
  const cmi = await readCmi(page);
  expect(cmi.suspend_data.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
  expect(cmi.suspend_data.length).toBeGreaterThan(SUSPEND_DATA_LIMIT - 200);
  expect(cmi.core.score.raw).toBe(String(Math.round(((n - 1) / n) * 100)));
  expect(Object.values(cmi.interactions).filter((r) => r.result === 'wrong').map((r) => r.id)).toEqual([ids[3]]);
  expect(Object.values(cmi.interactions)).toHaveLength(n);
  const finished = decodeResumeState(cmi.suspend_data, questions);
  expect(finished.ok && finished.state.attempt.finishedAt).not.toBeNull();
});

test('“Download for your LMS” on the teacher page packages exactly the assignment, and the LMS records its grade', async ({ page, baseURL }) => {
  await page.goto(`${baseURL}/teach/`);
  await page.locator('input[name=quiz][value="osce-chairmanship-2010"]').check();
  await page.getByLabel('Number of questions').fill('4');
  await page.getByLabel('Only at the end, as in a test').check();
  await page.getByLabel('Class or group').fill('9B history');
  await page.getByLabel('Due').fill('Friday');
  await page.getByRole('button', { name: 'Make the link' }).press('Enter');
  const link = await page.locator('#assignment-link').inputValue();
  const lessonTitle = (await page.getByLabel('Lesson to link').locator('option:checked').textContent())!;
  const decoded = await decodeAssignment(new URL(link).hash);
  expect(decoded.ok).toBe(true);
  const assignment = decoded.ok ? decoded.assignment : null!;

  // The zip library is not part of the page until the button is pressed.
  const scripts = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.js')));
  const before = await scripts();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download for your LMS' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('assignment-9b-history-scorm.zip');
  await expect(page.locator('.lms-download')).toContainText(/Downloaded assignment-9b-history-scorm\.zip \(\d+ KB\)/);
  expect((await scripts()).length).toBeGreaterThan(before.length);

  const files = unzipSync(readFileSync(await file.path()));
  expect(Object.keys(files).sort()).toEqual(['adlcp_rootv1p2.xsd', 'ims_xml.xsd', 'imscp_rootv1p1p2.xsd', 'imsmanifest.xml', 'imsmd_rootv1p2p1.xsd', 'index.html', 'quiz.css', 'quiz.js']);
  const data = JSON.parse(strFromU8(files['index.html']!).match(/<script type="application\/json" id="quiz-package">([\s\S]*?)<\/script>/)![1]!) as PackageData;
  expect(data.questions.map((q) => q.id)).toEqual(assignment.questionIds);
  expect([data.feedback, data.shuffle, data.title, data.intro]).toEqual(['end', true, 'Assignment for 9B history', ['Due: Friday', `Lesson: ${lessonTitle}`]]);
  const dir = mkdtempSync(join(tmpdir(), 'kzm-assignment-'));
  try {
    for (const [p, b] of Object.entries(files)) writeFileSync(join(dir, p), b);
    expect(validateEach(join(dir, 'adlcp_rootv1p2.xsd'), [join(dir, 'imsmanifest.xml')]).get(join(dir, 'imsmanifest.xml'))).toBe('');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // Into the LMS: all four answered, the first one wrong.
  addPackage('assignment', files);
  await page.goto(`${origin}/lms.html`);
  await page.evaluate((cmi) => (window as any).launch('assignment', cmi), launchCmi('assignment'));
  const frame = sco(page);
  for (let n = 1; n <= 4; n++) {
    const q = await currentQuestion(frame, data.questions);
    await answerByKeyboard(frame, q, n !== 1);
    await pressAction(frame, n < 4 ? /Next question/ : /Finish the quiz/);
  }
  await expect(frame.locator('[data-lms-status]')).toHaveText('Your result was sent to your LMS: 75%, passed.');
  const cmi = await readCmi(page);
  expect([cmi.core.score.raw, cmi.core.lesson_status]).toEqual(['75', 'passed']);
  expect(Object.values(cmi.interactions).map((r) => r.id).sort()).toEqual([...assignment.questionIds].sort());
});
