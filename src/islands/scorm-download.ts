// "Download for your LMS" on the teacher page: the SCORM 1.2 package of exactly one assignment (its questions,
// order and settings, as in its link), made in the browser. Loaded only when the button is pressed, with the zip
// library (fflate) and the shared launch files the build wrote to downloads/scorm/launch/.
//
// The page hands it its question bank and strings (`PageParts`) instead of this module importing the islands that
// keep them: the page's script is one file (src/integrations/one-module-per-page.ts), so a module loaded on demand
// gets its own copy of whatever it imports, and a second copy of a stateful island module would be a second state.
import { DEFAULT_MASTERY_SCORE } from '../schemas/mastery.ts';
import { LAUNCH_ASSETS_DIR, LAUNCH_FILES, packageIdentifier, scormPackageFiles, type LaunchAssets } from '../export/scorm-package.ts';
import { SCORM_CONTROL_FILES } from '../export/scorm-manifest.ts';
import { zipFiles } from '../export/zip.ts';
import { fingerprintOf, type Assignment } from '../teach/assignment-link.ts';
import { fill } from '../i18n/text.ts';
import type { IslandMessages } from '../i18n/messages/en.ts';
import type { RuntimeQuestion } from '../quiz/types.ts';

/** What the page gives the package maker: its question bank (src/islands/question-bank.ts) and strings. */
export interface PageParts {
  bank: Promise<RuntimeQuestion[] | null>;
  strings: Pick<IslandMessages, 'teacherForm' | 'quiz' | 'storage'>;
}

export interface AssignmentPackageInfo {
  /** The lesson's title, when the assignment links one. */
  lessonTitle?: string;
  /** Pass mark: the quiz's own when the assignment is drawn from one quiz. */
  masteryScore?: number | null;
}

async function launchAssets(): Promise<LaunchAssets> {
  const base = `${import.meta.env.BASE_URL}${LAUNCH_ASSETS_DIR}/`;
  const get = async (name: string) => {
    const response = await fetch(base + name);
    if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
    return response.text();
  };
  const [js, css, ...schemas] = await Promise.all([get(LAUNCH_FILES.js), get(LAUNCH_FILES.css), ...SCORM_CONTROL_FILES.map(get)]);
  return { js: js!, css: css!, controlFiles: Object.fromEntries(SCORM_CONTROL_FILES.map((name, i) => [name, schemas[i]!])) };
}

const slug = (text: string) => text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);

/** The package as bytes and a file name. Throws with a reason a teacher can act on. */
export async function assignmentPackage(a: Assignment, info: AssignmentPackageInfo, page: PageParts): Promise<{ bytes: Uint8Array; fileName: string }> {
  const t = page.strings.teacherForm;
  const [bank, assets] = await Promise.all([page.bank, launchAssets().catch((e: Error) => { throw new Error(fill(t.lmsAssetsFailed, { reason: e.message })); })]);
  if (!bank) throw new Error(t.lmsBankFailed);
  const byId = new Map(bank.map((q) => [q.id, q]));
  const missing = a.questionIds.filter((id) => !byId.has(id));
  if (missing.length > 0) throw new Error(fill(t.lmsMissing, { list: missing.join(', ') }));
  const fingerprint = fingerprintOf(a);
  const title = a.classLabel ? fill(t.lmsTitle, { class: a.classLabel }) : t.lmsTitlePlain;
  const intro = [a.due ? fill(t.lmsDue, { due: a.due }) : '', info.lessonTitle ? fill(a.readFirst ? t.lmsReadFirst : t.lmsLesson, { lesson: info.lessonTitle }) : ''].filter((line) => line !== '');
  const files = scormPackageFiles(
    packageIdentifier('assignment', fingerprint),
    {
      version: 1,
      key: `scorm:assignment:${fingerprint}`,
      title,
      intro,
      feedback: a.feedback,
      shuffle: a.shuffle,
      masteryScore: info.masteryScore === undefined ? DEFAULT_MASTERY_SCORE : info.masteryScore,
      questions: a.questionIds.map((id) => byId.get(id)!),
      // The package speaks the teacher page's language, like the questions from its question bank.
      lang: document.documentElement.lang || 'en',
      strings: { quiz: page.strings.quiz, storage: page.strings.storage },
    },
    assets,
  );
  return { bytes: zipFiles(files), fileName: `assignment-${slug(a.classLabel) || fingerprint}-scorm.zip` };
}

/** Hands the bytes to the browser as a download. */
export function saveFile(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/zip' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
