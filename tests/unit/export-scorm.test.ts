// SCORM 1.2: the manifest (validated with xmllint against the control files each package ships), the 1.2
// interaction formats, the suspend_data resume state, and the run-time adapter against scorm-again's real
// SCORM 1.2 API (the browser-level test is tests/e2e/scorm.spec.ts).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { Scorm12API } from 'scorm-again';
import { launchAssets } from '../../src/integrations/lms-downloads.ts';
import { quizScormZip } from '../../src/export/downloads.ts';
import { scormManifest, SCORM_CONTROL_FILES } from '../../src/export/scorm-manifest.ts';
import { launchPage, packageQuestions, type LaunchAssets, type PackageData } from '../../src/export/scorm-package.ts';
import { correctPattern, interactionOf, interactionProblems, lessonStatus, scorePercent, studentResponse, timeOfDay, timespan } from '../../src/export/scorm-interactions.ts';
import { decodeResumeState, encodeResumeState, SUSPEND_DATA_LIMIT, suspendDataProblems, worstCaseLength, type ResumeState } from '../../src/export/scorm-suspend-data.ts';
import { findScorm12Api, Scorm12Connection, ScormQuizReporter, type ApiHost, type LmsStatus, type Scorm12Api } from '../../src/export/scorm-runtime.ts';
import type { RuntimeQuestion } from '../../src/quiz/types.ts';
import type { Attempt } from '../../src/stores/progress-format.ts';
import { courseQuizzes, root } from './export-bank-data.ts';
import { validateEach, writeTemp, xpathValues } from './xmllint.ts';

/** Reading the whole course and large schemas can take seconds on a busy shared machine. */
const SLOW = 30_000;

const q = {
  single: { id: 's-1', quiz: 'x', type: 'single-choice', prompt: 'Which?', explanation: 'That one.', facts: [], choices: ['A', 'B', 'C'], correct: 0 },
  multi: { id: 'm-1', quiz: 'x', type: 'multiple-select', prompt: 'Which ones?', explanation: 'Those.', facts: [], choices: ['A', 'B', 'C', 'D'], correct: [0, 2] },
  tf: { id: 't-1', quiz: 'x', type: 'true-false', prompt: 'True?', explanation: 'No.', facts: [], correct: false },
  num: { id: 'n-1', quiz: 'x', type: 'numeric', prompt: 'How many?', explanation: '320.', facts: [], correct: 320, tolerance: 5 },
  order: { id: 'o-1', quiz: 'x', type: 'ordering', prompt: 'Order them.', explanation: 'So.', facts: [], items: ['X', 'Y', 'Z'] },
  match: { id: 'p-1', quiz: 'x', type: 'matching', prompt: 'Match them.', explanation: 'So.', facts: [], left: ['L1', 'L2', 'L3'], right: ['R1', 'R2', 'R3'] },
} satisfies Record<string, RuntimeQuestion>;
const all: RuntimeQuestion[] = Object.values(q);

describe('SCORM 1.2 manifest (scorm-manifest.ts) and packages (scorm-package.ts)', () => {
  let assets: LaunchAssets;
  let dir = '';
  beforeAll(async () => {
    assets = await launchAssets(root);
    const zips = Object.fromEntries(courseQuizzes().map((quiz) => [quiz.id, unzipSync(quizScormZip(quiz, assets))]));
    dir = writeTemp(Object.fromEntries(Object.entries(zips).flatMap(([id, files]) => Object.entries(files).map(([p, b]) => [`${id}/${p}`, b]))));
  }, SLOW);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('every quiz package has the manifest at its root, valid against the control files it ships, listing its own files', () => {
    for (const quiz of courseQuizzes()) {
      const files = Object.keys(unzipSync(quizScormZip(quiz, assets))).sort();
      expect(files).toEqual(['imsmanifest.xml', 'index.html', 'quiz.css', 'quiz.js', ...SCORM_CONTROL_FILES].sort());
      const manifest = join(dir, quiz.id, 'imsmanifest.xml');
      // adlcp_rootv1p2.xsd imports imscp_rootv1p1p2.xsd: the package's own copies validate its manifest.
      expect(validateEach(join(dir, quiz.id, 'adlcp_rootv1p2.xsd'), [manifest]).get(manifest)).toBe('');
      const [launch, mastery, schemaversion, listed] = xpathValues(manifest, ['string(//*[local-name()="resource"]/@href)', 'string(//*[local-name()="masteryscore"])', 'string(//*[local-name()="schemaversion"])', 'count(//*[local-name()="file"])']);
      expect([launch, mastery, schemaversion, listed]).toEqual(['index.html', String(quiz.masteryScore), '1.2', '3']);
    }
  }, SLOW);

  test('the launch page is self-contained: relative files only, a CSP allowing only itself, the questions without site links', () => {
    const quiz = courseQuizzes().find((x) => x.id === 'astana-process')!;
    const html = strFromU8(unzipSync(quizScormZip(quiz, assets))['index.html']!);
    expect(html).toContain('<script src="quiz.js" defer></script>');
    expect(html).toContain('<link rel="stylesheet" href="quiz.css">');
    expect(html).toContain(`content="default-src 'none'; script-src 'self'; style-src 'self';`);
    expect(html).not.toMatch(/(src|href)="(\/|https?:)/);
    const data = JSON.parse(/<script type="application\/json" id="quiz-package">([\s\S]*?)<\/script>/.exec(html)![1]!) as PackageData;
    expect(data.questions.map((x) => x.id)).toEqual(quiz.questions.map((x) => x.id));
    expect(JSON.stringify(data.questions)).not.toMatch(/href/);
    expect(data.questions.flatMap((x) => x.facts.map((f) => f.quote))).toEqual(quiz.questions.flatMap((x) => x.facts.map((f) => f.quote)));
    expect(packageQuestions([{ ...q.tf, lessonHref: '/lessons/a/#b', facts: [{ statement: 'S', quote: 'Q', source: 'Src', href: '/sources/#a' }] }])).toEqual([{ ...q.tf, facts: [{ statement: 'S', quote: 'Q', source: 'Src' }] }]);
    // Text from the data cannot break out of its <script>.
    expect(launchPage({ ...data, title: 'T', questions: [{ ...q.tf, prompt: '</script><script>alert(1)</script>' }] })).not.toContain('</script><script>alert');
  });

  test('the manifest refuses what the schema would not catch: a pass mark over 100, a launch page not in the package, a bad identifier', () => {
    const ok = { identifier: 'a.b', title: 'T', masteryScore: 60, launch: 'index.html', files: ['index.html'] };
    expect(scormManifest(ok)).toContain('<adlcp:masteryscore>60</adlcp:masteryscore>');
    expect(scormManifest({ ...ok, masteryScore: null })).not.toContain('masteryscore');
    expect(() => scormManifest({ ...ok, masteryScore: 180 })).toThrow(/180/);
    expect(() => scormManifest({ ...ok, launch: 'start.html' })).toThrow(/start\.html/);
    expect(() => scormManifest({ ...ok, identifier: '1 bad' })).toThrow(/identifier/);
  });
});

describe('SCORM 1.2 interactions (scorm-interactions.ts)', () => {
  test('each type in 1.2 notation: key pattern, right and wrong responses, results', () => {
    expect(all.map(correctPattern)).toEqual(['a', 'a,c', 'f', '320', 'a,b,c', '1.a,2.b,3.c']);
    expect(interactionOf(q.single, { type: 'single-choice', choice: 2 }, 1500)).toEqual({ id: 's-1', type: 'choice', pattern: 'a', response: 'c', result: 'wrong', latencyMs: 1500 });
    expect(studentResponse(q.multi, { type: 'multiple-select', choices: [2, 0] })).toBe('a,c');
    expect(interactionOf(q.multi, { type: 'multiple-select', choices: [2, 0] }, 0).result).toBe('correct');
    expect(studentResponse(q.tf, { type: 'true-false', value: true })).toBe('t');
    expect(interactionOf(q.num, { type: 'numeric', value: 318 }, 0)).toMatchObject({ type: 'numeric', response: '318', result: 'correct' });
    expect(interactionOf(q.order, { type: 'ordering', order: [1, 0, 2] }, 0)).toMatchObject({ type: 'sequencing', response: 'b,a,c', result: 'wrong' });
    expect(interactionOf(q.match, { type: 'matching', pairs: [0, -1, 2] }, 0)).toMatchObject({ type: 'matching', response: '1.a,3.c', result: 'wrong' });
    expect(interactionOf(q.single, undefined, 0)).toMatchObject({ response: '', result: 'wrong' });
    // An answer of the wrong shape (old or tampered data) is no response, not a crash.
    expect(studentResponse(q.single, { type: 'true-false', value: true })).toBe('');
  });

  test('time formats, score and status', () => {
    expect(timespan(0)).toBe('0000:00:00.00');
    expect(timespan(3_723_450)).toBe('0001:02:03.45');
    expect(timespan(-5)).toBe('0000:00:00.00');
    expect(timeOfDay(new Date(2025, 0, 1, 9, 5, 7))).toBe('09:05:07');
    expect([scorePercent(2, 3), scorePercent(0, 0), scorePercent(17, 17)]).toEqual([67, 0, 100]);
    expect([lessonStatus(60, 60), lessonStatus(59, 60), lessonStatus(10, null)]).toEqual(['passed', 'failed', 'completed']);
  });

  test('what SCORM 1.2 cannot carry is a problem with its reason', () => {
    const many: RuntimeQuestion = { ...q.multi, choices: Array.from({ length: 27 }, (_, i) => `c${i}`) };
    expect(interactionProblems(many)).toEqual([{ item: 'm-1', field: 'choices', expected: expect.stringContaining('at most 26'), found: '27' }]);
    expect(interactionProblems({ ...q.tf, id: 'has space' })[0]).toMatchObject({ field: 'id' });
    expect(interactionProblems({ ...q.match, left: Array.from({ length: 10 }, (_, i) => `l${i}`), right: Array.from({ length: 10 }, (_, i) => `r${i}`) })[0]).toMatchObject({ field: 'pairs' });
    expect(all.flatMap(interactionProblems)).toEqual([]);
  });
});

function attemptOver(questions: RuntimeQuestion[], answers: Attempt['answers'], extra: Partial<Attempt> = {}): Attempt {
  return { seed: 7, questionIds: questions.map((x) => x.id), answers, checked: [], position: 0, feedback: 'immediate', startedAt: 1_764_000_000_000, finishedAt: null, ...extra };
}

describe('SCORM resume state in cmi.suspend_data (scorm-suspend-data.ts)', () => {
  test('an attempt round-trips: order, answers of every type, checked, position, times', () => {
    const order = [q.match, q.tf, q.single, q.order, q.num, q.multi];
    const answers: Attempt['answers'] = { 'p-1': { type: 'matching', pairs: [2, -1, 0] }, 't-1': { type: 'true-false', value: false }, 's-1': { type: 'single-choice', choice: 1 }, 'o-1': { type: 'ordering', order: [2, 0, 1] }, 'n-1': { type: 'numeric', value: -12.5 } };
    const state: ResumeState = { attempt: attemptOver(order, answers, { checked: ['p-1', 't-1'], position: 4, feedback: 'end', finishedAt: 1_764_000_600_000 }), latencies: { 'p-1': 12_000, 't-1': 3_000 } };
    const text = encodeResumeState(state, all);
    const back = decodeResumeState(text, all);
    expect(back).toEqual({ ok: true, state: { attempt: state.attempt, latencies: { 'p-1': 12_000, 't-1': 3_000, 's-1': 0, 'o-1': 0, 'n-1': 0, 'm-1': 0 } } });
  });

  test('state it cannot trust is refused, never misread', () => {
    const text = encodeResumeState({ attempt: attemptOver(all, { 's-1': { type: 'single-choice', choice: 0 } }), latencies: {} }, all);
    expect(decodeResumeState('', all)).toEqual({ ok: false, problem: 'empty' });
    expect(decodeResumeState('{oops', all)).toEqual({ ok: false, problem: 'unreadable' });
    expect(decodeResumeState(text.replace('"v":1', '"v":2'), all)).toEqual({ ok: false, problem: 'newer' });
    // The package changed (a question added): its fingerprint no longer matches.
    expect(decodeResumeState(text, [...all, { ...q.tf, id: 't-2' }])).toEqual({ ok: false, problem: 'other-package' });
    expect(decodeResumeState(text.replace('"a":[0,', '"a":[9,'), all)).toEqual({ ok: false, problem: 'unreadable' });
    expect(decodeResumeState(text.replace('"p":0', '"p":40'), all)).toEqual({ ok: false, problem: 'unreadable' });
  });

  test('60 questions of the longest kinds (an assignment’s maximum) fit within 4,096 characters; a quiz that could not is a problem', () => {
    const big: RuntimeQuestion[] = Array.from({ length: 60 }, (_, i) => ({ ...q.order, id: `assignment-question-with-a-long-id-${i}`, items: ['1', '2', '3', '4', '5', '6', '7'] }));
    expect(worstCaseLength(big)).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    expect(suspendDataProblems('big', big)).toEqual([]);
    const huge = Array.from({ length: 200 }, (_, i) => ({ ...q.num, id: `n-${i}` }));
    expect(suspendDataProblems('huge', huge)).toEqual([{ item: 'huge', field: 'questions', expected: expect.stringContaining('4096'), found: expect.stringMatching(/^up to \d+ characters for 200 questions$/) }]);
  });
});

describe('SCORM 1.2 run-time adapter (scorm-runtime.ts) against scorm-again', () => {
  const host = (api?: unknown): ApiHost => ({ API: api, parent: null, opener: null });

  test('finds the API up the parent chain (at most 7 levels), then through the opener; a foreign frame ends the search', () => {
    const api = new Scorm12API({ logLevel: 5 });
    const chain = (levels: number, top: ApiHost): ApiHost => (levels === 0 ? top : { parent: chain(levels - 1, top) });
    const lms = host(api);
    lms.parent = lms; // a top window is its own parent
    expect(findScorm12Api(chain(2, lms))).toBe(api);
    expect(findScorm12Api(chain(7, lms))).toBe(api);
    expect(findScorm12Api(chain(8, lms))).toBeNull();
    expect(findScorm12Api({ parent: null, opener: chain(1, lms) })).toBe(api);
    const foreign = { get API(): unknown { throw new Error('SecurityError'); }, parent: lms } as ApiHost;
    expect(findScorm12Api({ parent: foreign })).toBeNull();
    expect(findScorm12Api(host({ LMSInitialize: () => 'true' }))).toBeNull();
  });

  function session(cmi: object = {}, masteryScore: number | null = 60) {
    const api = new Scorm12API({ logLevel: 5 });
    api.loadFromJSON({ core: { student_id: 'u', student_name: 'D, J' }, ...cmi });
    const statuses: LmsStatus[] = [];
    let now = 1_000_000;
    const reporter = new ScormQuizReporter(new Scorm12Connection(api as unknown as Scorm12Api), { masteryScore, onStatus: (s) => statuses.push(s), now: () => now });
    return { api, reporter, statuses, advance: (ms: number) => (now += ms) };
  }
  const flat = (api: InstanceType<typeof Scorm12API>) => api.getFlattenedCMI() as Record<string, string>;

  test('a session: incomplete on start, the result with every interaction, exit and finish once', () => {
    const { api, reporter, statuses, advance } = session({ student_data: { mastery_score: '50' } });
    expect(reporter.start()).toEqual({ suspendData: '' });
    expect(reporter.masteryScore).toBe(50); // the LMS's pass mark wins over the package's
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('incomplete');
    const order = [q.single, q.tf, q.order];
    const answers: Attempt['answers'] = { 's-1': { type: 'single-choice', choice: 0 }, 't-1': { type: 'true-false', value: true }, 'o-1': { type: 'ordering', order: [0, 1, 2] } };
    advance(90_000);
    expect(reporter.reportResult({ questions: order, answers, latencies: { 's-1': 4000, 't-1': 61_500 }, finishedAt: Date.UTC(2025, 0, 1, 10, 0, 0), suspendData: '{"v":1}' })).toBe(true);
    const cmi = flat(api);
    expect([cmi['cmi.core.score.raw'], cmi['cmi.core.score.min'], cmi['cmi.core.score.max'], cmi['cmi.core.lesson_status']]).toEqual(['67', '0', '100', 'passed']);
    expect([0, 1, 2].map((n) => [cmi[`cmi.interactions.${n}.id`], cmi[`cmi.interactions.${n}.type`], cmi[`cmi.interactions.${n}.student_response`], cmi[`cmi.interactions.${n}.result`], cmi[`cmi.interactions.${n}.correct_responses.0.pattern`]])).toEqual([
      ['s-1', 'choice', 'a', 'correct', 'a'],
      ['t-1', 'true-false', 't', 'wrong', 'f'],
      ['o-1', 'sequencing', 'a,b,c', 'correct', 'a,b,c'],
    ]);
    // Sent as 0000:01:01.50; scorm-again stores the timespan normalised.
    expect(cmi['cmi.interactions.1.latency']).toBe('00:01:01.5');
    expect(cmi['cmi.suspend_data']).toBe('{"v":1}');
    expect(statuses.at(-1)).toEqual({ kind: 'reported', percent: 67, status: 'passed' });
    reporter.exit();
    reporter.exit();
    expect(flat(api)['cmi.core.exit']).toBe('');
    expect(flat(api)['cmi.core.session_time']).toBe('00:01:30');
    expect(api.isTerminated()).toBe(true);
    expect(statuses.filter((s) => s.kind === 'finished')).toHaveLength(1);
  });

  test('an unfinished session exits with "suspend"; a relaunch reads the stored state and appends interactions after the stored ones', () => {
    const { api, reporter } = session({ suspend_data: 'kept', interactions: { 0: { id: 'old', type: 'choice' } } });
    expect(reporter.start()).toEqual({ suspendData: 'kept' });
    reporter.saveState('{"v":1,"x":1}', true);
    expect(api.LMSGetValue('cmi.suspend_data')).toBe('{"v":1,"x":1}');
    expect(reporter.reportResult({ questions: [q.tf], answers: {}, latencies: {}, finishedAt: 0, suspendData: '' })).toBe(true);
    expect(flat(api)['cmi.interactions.1.id']).toBe('t-1');
    // No answer: no student_response is written, and the state saved before stays.
    expect(flat(api)['cmi.interactions.1.student_response']).toBe('');
    expect(api.LMSGetValue('cmi.suspend_data')).toBe('{"v":1,"x":1}');
    const second = session();
    second.reporter.start();
    second.reporter.exit();
    expect(flat(second.api)['cmi.core.exit']).toBe('suspend');
  });

  test('state over 4,096 characters is not sent and the page is told; a pass mark of null records "completed"', () => {
    const { api, reporter, statuses } = session({}, null);
    reporter.start();
    reporter.saveState('x'.repeat(SUSPEND_DATA_LIMIT + 1), true);
    expect(api.LMSGetValue('cmi.suspend_data')).toBe('');
    expect(statuses.at(-1)).toEqual({ kind: 'progress-not-saved', failure: null });
    reporter.saveState('x'.repeat(SUSPEND_DATA_LIMIT), true);
    expect(api.LMSGetValue('cmi.suspend_data')).toHaveLength(SUSPEND_DATA_LIMIT);
    expect(statuses.at(-1)).toEqual({ kind: 'connected' });
    reporter.reportResult({ questions: [q.tf], answers: { 't-1': { type: 'true-false', value: false } }, latencies: {}, finishedAt: 0, suspendData: '' });
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('completed');
  });

  test('an LMS that will not start: the page is told, and nothing is sent', () => {
    const api = new Scorm12API({ logLevel: 5 });
    api.LMSInitialize('');
    const statuses: LmsStatus[] = [];
    const reporter = new ScormQuizReporter(new Scorm12Connection(api as unknown as Scorm12Api), { masteryScore: 60, onStatus: (s) => statuses.push(s) });
    expect(reporter.start()).toBeNull();
    expect(statuses).toEqual([{ kind: 'not-started', failure: { call: 'LMSInitialize', code: '101', text: expect.any(String) } }]);
    expect(reporter.reportResult({ questions: [q.tf], answers: {}, latencies: {}, finishedAt: 0, suspendData: '' })).toBe(false);
  });
});
