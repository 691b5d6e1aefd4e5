// What the build offers for LMSs, and how it fails: a quiz that cannot be exported stops the build before any
// page is rendered, naming the file, line, question and reason (bad fixture below).
import { describe, expect, test } from 'vitest';
import { pathToFileURL } from 'node:url';
import lmsDownloads, { launchAssets } from '../../src/integrations/lms-downloads.ts';
import { COURSE_DOWNLOAD_ID, downloadFiles, downloadPath, downloadProblems } from '../../src/export/downloads.ts';
import { loadExportBank } from '../../src/lib/export-bank.ts';
import { courseQuizzes, root } from './export-bank-data.ts';
import { editedFixture as edited, replaceOnce } from './fixture.ts';

/** Reading the whole course and large schemas can take seconds on a busy shared machine. */
const SLOW = 30_000;

function buildStart(dir: string): () => void {
  const integration = lmsDownloads();
  const hooks = integration.hooks as Record<string, (arg: unknown) => unknown>;
  hooks['astro:config:done']!({ config: { root: pathToFileURL(`${dir}/`), base: '/' } });
  return () => hooks['astro:build:start']!({});
}

describe('LMS downloads (downloads.ts, integrations/lms-downloads.ts)', () => {
  test('the course exports cleanly: every quiz in every format, the whole course in each bank format, and the launch files', async () => {
    const quizzes = courseQuizzes();
    expect(downloadProblems(quizzes)).toEqual([]);
    const files = downloadFiles(quizzes, await launchAssets(root));
    const expected = [
      ...quizzes.flatMap((q) => (['scorm', 'moodle', 'gift', 'qti'] as const).map((f) => downloadPath[f](q.id))),
      ...(['moodle', 'gift', 'qti'] as const).map((f) => downloadPath[f](COURSE_DOWNLOAD_ID)),
      'downloads/scorm/launch/quiz.js',
      'downloads/scorm/launch/quiz.css',
    ];
    for (const path of expected) expect(files.has(path), path).toBe(true);
    // The whole-course banks hold each question once, though the final exam includes other quizzes' questions.
    const moodle = files.get(downloadPath.moodle(COURSE_DOWNLOAD_ID)) as string;
    const ids = [...moodle.matchAll(/<idnumber>([^<]+)<\/idnumber>/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(quizzes.reduce((n, q) => n + q.own.length, 0));
  }, SLOW);

  test('a quiz that cannot be exported fails the build with the file, line, question and reason', () => {
    const eleven = ['Russia', 'Turkey', 'Iran', 'China', 'India', 'Japan', 'Brazil', 'Egypt', 'Chile', 'Peru', 'Cuba'];
    const dir = edited({
      'quizzes/sample-quiz.yaml': replaceOnce('answers: [Russia, Turkey, Iran]', `answers: [${eleven.join(', ')}]`),
    });
    expect(buildStart(dir)).toThrow(/LMS export failed\.\n1 content problem:\n {2}- quizzes\/sample-quiz\.yaml:\d+ › sq-multi › answers: expected at most 10 right answers, so that each one’s equal share is one of Moodle’s grade values \[Moodle XML\]; found 11 right answers/);
    // The unedited fixture passes.
    expect(buildStart(edited({}))).not.toThrow();
    expect(downloadProblems(loadExportBank(edited({}), '/'))).toEqual([]);
  }, SLOW);

  test('a quiz may not take the name of the whole-course downloads', () => {
    const quizzes = courseQuizzes().slice(0, 1).map((q) => ({ ...q, id: COURSE_DOWNLOAD_ID }));
    expect(downloadProblems(quizzes)).toContainEqual({ format: 'downloads', problem: expect.objectContaining({ item: COURSE_DOWNLOAD_ID, field: 'id' }) });
  });
});
