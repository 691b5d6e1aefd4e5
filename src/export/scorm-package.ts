// A SCORM 1.2 package of a quiz or an assignment: imsmanifest.xml at the root, a self-contained launch page
// (index.html, so the same zip also opens as an HTML5 app in Kolibri) that runs the course's own quiz runner
// from quiz.js and quiz.css, the questions inside the page, and SCORM's schema files. Nothing is fetched from
// outside the package: the page's Content-Security-Policy allows only its own files.
import type { RuntimeQuestion } from '../quiz/types.ts';
import type { IslandMessages } from '../i18n/messages/en.ts';
import type { ExportProblem } from './bank.ts';
import { interactionProblems } from './scorm-interactions.ts';
import { SCORM_CONTROL_FILES, scormManifest } from './scorm-manifest.ts';
import { suspendDataProblems } from './scorm-suspend-data.ts';
import { xmlText } from './xml.ts';

/** What the launch page hands its script, in `<script type="application/json" id="quiz-package">`. */
export interface PackageData {
  version: 1;
  /** Names the attempt in the runner, e.g. "scorm:astana-process". */
  key: string;
  title: string;
  /** Lines shown under the title (class, due date). */
  intro: string[];
  feedback: 'immediate' | 'end';
  shuffle: boolean;
  masteryScore: number | null;
  questions: RuntimeQuestion[];
  /** The language of the page's words, and the quiz runner's words in it (the runner reads them from the page). */
  lang: string;
  strings: Pick<IslandMessages, 'quiz' | 'storage'>;
}

/** The files every package shares, made once by the build: the runner bundle, its styles, SCORM's schemas. */
export interface LaunchAssets {
  js: string;
  css: string;
  /** Contents of SCORM_CONTROL_FILES, by file name. */
  controlFiles: Record<string, string>;
}

export const LAUNCH_FILES = { page: 'index.html', js: 'quiz.js', css: 'quiz.css' } as const;
/** Where the build puts the shared files, for the teacher page to fetch: `<base>downloads/scorm/launch/…`. */
export const LAUNCH_ASSETS_DIR = 'downloads/scorm/launch';

/**
 * Questions as the package shows them: links to the site's sources page and lessons would lead out of the
 * package (and, clicked inside an LMS frame, away from the quiz), so sources are named without a link.
 */
export function packageQuestions(questions: readonly RuntimeQuestion[]): RuntimeQuestion[] {
  return questions.map((q) => {
    const { lessonHref: _lesson, ...rest } = q;
    return { ...rest, facts: q.facts.map(({ href: _href, ...f }) => f) } as RuntimeQuestion;
  });
}

/** Everything that stops a list of questions from becoming a package, all at once. */
export function scormProblems(quizId: string, questions: readonly RuntimeQuestion[]): ExportProblem[] {
  return [...questions.flatMap(interactionProblems), ...suspendDataProblems(quizId, questions)];
}

const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

/** JSON that cannot close its <script> element early. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export function launchPage(data: PackageData): string {
  return [
    '<!doctype html>',
    `<html lang="${xmlText(data.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    `<title>${xmlText(data.title)}</title>`,
    `<link rel="stylesheet" href="${LAUNCH_FILES.css}">`,
    `<script src="${LAUNCH_FILES.js}" defer></script>`,
    '</head>',
    '<body>',
    '<main class="quiz-page scorm-launch">',
    `<h1>${xmlText(data.title)}</h1>`,
    ...data.intro.map((line) => `<p class="meta">${xmlText(line)}</p>`),
    '<p class="notice lms-status" data-lms-status role="status" hidden></p>',
    '<div data-quiz-slot></div>',
    '<noscript><p class="notice">This quiz needs JavaScript.</p></noscript>',
    `<script type="application/json" id="quiz-package">${scriptJson(data)}</script>`,
    `<script type="application/json" data-strings>${scriptJson(data.strings)}</script>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Every file of the package, by path inside the zip. Throws (with the reason) for questions SCORM cannot carry. */
export function scormPackageFiles(identifier: string, data: PackageData, assets: LaunchAssets): Record<string, string> {
  const problems = scormProblems(data.key, data.questions);
  if (problems.length > 0) throw new Error(problems.map((p) => `${p.item} › ${p.field}: expected ${p.expected}; found ${p.found}`).join('\n'));
  const own = [LAUNCH_FILES.page, LAUNCH_FILES.js, LAUNCH_FILES.css];
  const files: Record<string, string> = {
    'imsmanifest.xml': scormManifest({ identifier, title: data.title, masteryScore: data.masteryScore, launch: LAUNCH_FILES.page, files: own }),
    [LAUNCH_FILES.page]: launchPage({ ...data, questions: packageQuestions(data.questions) }),
    [LAUNCH_FILES.js]: assets.js,
    [LAUNCH_FILES.css]: assets.css,
  };
  for (const name of SCORM_CONTROL_FILES) {
    const text = assets.controlFiles[name];
    if (text === undefined) throw new Error(`SCORM schema file ${name} is missing from the launch assets.`);
    files[name] = text;
  }
  return files;
}

/** A manifest identifier from any id: letters, digits, dots and hyphens only. */
export function packageIdentifier(kind: 'quiz' | 'assignment', id: string): string {
  return `kazakhstan-mediator.${kind}.${id.replace(/[^\w.-]/g, '-')}`;
}

