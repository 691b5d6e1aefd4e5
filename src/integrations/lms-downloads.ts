import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { downloadFiles, downloadProblems } from '../export/downloads.ts';
import { SCORM_CONTROL_FILES } from '../export/scorm-manifest.ts';
import type { LaunchAssets } from '../export/scorm-package.ts';
import { loadExportBank, locateExportProblem } from '../lib/export-bank.ts';
import { formatProblems } from '../validation/problem.ts';

/**
 * The launch page's script and styles: the course's quiz runner and the SCORM adapter bundled into one classic
 * script (a module script would not run from a file:// folder), and the site's own quiz styles.
 */
export async function launchAssets(root: string): Promise<LaunchAssets> {
  const bundle = await build({
    entryPoints: [join(root, 'src/islands/scorm-launch.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
    define: { 'import.meta.env.BASE_URL': '"./"' },
  });
  const css = ['src/styles/global.css', 'src/styles/quiz.css', 'src/styles/scorm-launch.css'].map((f) => readFileSync(join(root, f), 'utf8')).join('\n');
  const controlFiles = Object.fromEntries(SCORM_CONTROL_FILES.map((name) => [name, readFileSync(join(root, 'src/export/scorm12-schemas', name), 'utf8')]));
  return { js: bundle.outputFiles[0]!.text, css, controlFiles };
}

/**
 * Writes the LMS downloads into the build (`downloads/`: a SCORM package, Moodle XML, GIFT and a QTI package per
 * quiz, the whole course's banks, and the launch files the teacher page packages assignments with). A quiz that
 * cannot be exported fails the build before any page is rendered, with every reason at once.
 */
export default function lmsDownloads(): AstroIntegration {
  let root = '';
  let base = '/';
  return {
    name: 'lms-downloads',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
      },
      'astro:build:start': () => {
        const quizzes = loadExportBank(root, base);
        const problems = downloadProblems(quizzes).map(({ format, problem }) => locateExportProblem(problem, quizzes, format));
        if (problems.length > 0) throw new Error(`LMS export failed.\n${formatProblems(problems)}`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = downloadFiles(loadExportBank(root, base), await launchAssets(root));
        for (const [path, content] of files) {
          mkdirSync(dirname(join(out, path)), { recursive: true });
          writeFileSync(join(out, path), content);
        }
        logger.info(`${files.size} LMS downloads written to downloads/`);
      },
    },
  };
}
