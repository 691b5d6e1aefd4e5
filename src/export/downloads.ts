// Which files the build offers for LMSs, where they go under dist/, and what must hold for every quiz first.
// Pure: the build integration loads the quizzes and the launch assets, this module makes the bytes.
import { en } from '../i18n/messages/en.ts';
import { packageQuestions, LAUNCH_ASSETS_DIR, LAUNCH_FILES, packageIdentifier, scormPackageFiles, scormProblems, type LaunchAssets } from './scorm-package.ts';
import { SCORM_CONTROL_FILES } from './scorm-manifest.ts';
import { giftFile, giftProblems } from './gift.ts';
import { moodleProblems, moodleXml } from './moodle-xml.ts';
import { COURSE_PACKAGE_TITLE, qtiPackage } from './qti.ts';
import { zipFiles } from './zip.ts';
import type { BankQuiz, ExportProblem } from './bank.ts';
import type { RuntimeQuestion } from '../quiz/types.ts';

/** The whole course's banks are named like a quiz, so no quiz may take this id. */
export const COURSE_DOWNLOAD_ID = 'all-quizzes';

export type DownloadFormat = 'scorm' | 'moodle' | 'gift' | 'qti';

/** Paths under the site's base, e.g. "downloads/moodle/astana-process.xml". */
export const downloadPath: Record<DownloadFormat, (id: string) => string> = {
  scorm: (id) => `downloads/scorm/${id}.zip`,
  moodle: (id) => `downloads/moodle/${id}.xml`,
  gift: (id) => `downloads/gift/${id}.txt`,
  qti: (id) => `downloads/qti/${id}.zip`,
};

export interface DownloadQuiz extends BankQuiz {
  /** Every question the quiz asks (included ones too): what its own downloads hold. */
  questions: RuntimeQuestion[];
  /** The questions it owns: what the whole-course banks hold, so none appears twice. */
  own: RuntimeQuestion[];
  feedback: 'immediate' | 'end';
  masteryScore: number | null;
}

/** Every reason a quiz cannot be exported, for all quizzes and formats at once. */
export function downloadProblems(quizzes: readonly DownloadQuiz[]): { format: string; problem: ExportProblem }[] {
  const out: { format: string; problem: ExportProblem }[] = [];
  const add = (format: string, problems: ExportProblem[]) => out.push(...problems.map((problem) => ({ format, problem })));
  for (const quiz of quizzes) {
    if (quiz.id === COURSE_DOWNLOAD_ID) add('downloads', [{ item: quiz.id, field: 'id', expected: `a quiz id other than "${COURSE_DOWNLOAD_ID}" (the whole-course downloads use that name)`, found: JSON.stringify(quiz.id) }]);
    add('SCORM 1.2', scormProblems(quiz.id, quiz.questions));
    for (const q of quiz.own) {
      add('Moodle XML', moodleProblems(q));
      add('GIFT', giftProblems(q));
    }
  }
  return out;
}

/** The SCORM package of one quiz. */
export function quizScormZip(quiz: DownloadQuiz, assets: LaunchAssets): Uint8Array {
  const files = scormPackageFiles(
    packageIdentifier('quiz', quiz.id),
    { version: 1, key: `scorm:${quiz.id}`, title: quiz.title, intro: [], feedback: quiz.feedback, shuffle: true, masteryScore: quiz.masteryScore, questions: packageQuestions(quiz.questions), lang: 'en', strings: { quiz: en.islands.quiz, storage: en.islands.storage } },
    assets,
  );
  return zipFiles(files);
}

/** Every download, by path under the site's base: per quiz, for the whole course, and the shared launch files. */
export function downloadFiles(quizzes: readonly DownloadQuiz[], assets: LaunchAssets): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  for (const quiz of quizzes) {
    const bank = [{ id: quiz.id, title: quiz.title, questions: quiz.questions }];
    files.set(downloadPath.scorm(quiz.id), quizScormZip(quiz, assets));
    files.set(downloadPath.moodle(quiz.id), moodleXml(bank));
    files.set(downloadPath.gift(quiz.id), giftFile(bank));
    files.set(downloadPath.qti(quiz.id), zipFiles(qtiPackage(quiz.id, quiz.title, bank)));
  }
  const course = quizzes.filter((q) => q.own.length > 0).map((q) => ({ id: q.id, title: q.title, questions: q.own }));
  files.set(downloadPath.moodle(COURSE_DOWNLOAD_ID), moodleXml(course));
  files.set(downloadPath.gift(COURSE_DOWNLOAD_ID), giftFile(course));
  files.set(downloadPath.qti(COURSE_DOWNLOAD_ID), zipFiles(qtiPackage(COURSE_DOWNLOAD_ID, COURSE_PACKAGE_TITLE, course)));
  // What the teacher page needs to package an assignment in the browser.
  files.set(`${LAUNCH_ASSETS_DIR}/${LAUNCH_FILES.js}`, assets.js);
  files.set(`${LAUNCH_ASSETS_DIR}/${LAUNCH_FILES.css}`, assets.css);
  for (const name of SCORM_CONTROL_FILES) files.set(`${LAUNCH_ASSETS_DIR}/${name}`, assets.controlFiles[name]!);
  return files;
}
