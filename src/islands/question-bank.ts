// Every question of every quiz, from the one static file the build writes per language
// (src/pages/[...locale]/questions.json.ts). Islands that need questions beyond their own page ask here, once per
// page, with the address the page gives them (its language's file).
//
// The service workers do not store questions.json: the quiz pages they store carry the same questions. So when the
// file cannot be fetched (offline), the bank is read from the language's quiz list and quiz pages instead
// (src/quiz/bank-from-pages.ts), which the worker answers from the device.
import type { RuntimeQuestion } from '../quiz/types.ts';
import { bankFromPages, quizPageHrefs } from '../quiz/bank-from-pages.ts';

let bank: Promise<RuntimeQuestion[] | null> | undefined;

async function text(href: string): Promise<string> {
  const response = await fetch(href);
  if (!response.ok) throw new Error(`${href}: ${response.status}`);
  return response.text();
}

/** The bank from the quiz pages: `quizzes/` beside questions.json lists them. */
async function bankFromQuizPages(questionsHref: string): Promise<RuntimeQuestion[]> {
  const listHref = new URL('quizzes/', new URL(questionsHref, location.href)).href;
  const hrefs = quizPageHrefs(await text(listHref), listHref);
  const pages = await Promise.all(hrefs.map(async (href) => ({ href, html: await text(href) })));
  const questions = bankFromPages(pages, document.documentElement.dataset.locale ?? document.documentElement.lang);
  if (questions.length === 0) throw new Error(`${listHref} lists no quiz with questions.`);
  return questions;
}

/** The question bank, or null when it cannot be loaded (offline before the course was stored, say). */
export function loadQuestionBank(href = `${import.meta.env.BASE_URL}questions.json`): Promise<RuntimeQuestion[] | null> {
  bank ??= fetch(href)
    .then((r) => (r.ok ? (r.json() as Promise<RuntimeQuestion[]>) : Promise.reject(new Error(`${href}: ${r.status}`))))
    .catch(() => bankFromQuizPages(href))
    .catch(() => null);
  return bank;
}
