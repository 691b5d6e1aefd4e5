// Every question of every quiz, from the one static file the build writes per language
// (src/pages/[...locale]/questions.json.ts). Islands that need questions beyond their own page ask here, once per
// page, with the address the page gives them (its language's file).
//
// The service workers do not store questions.json: the quiz pages they store carry the same questions. So when the
// file cannot be fetched (offline), the bank is read from the language's quiz list (`quizzes/` beside
// questions.json) and quiz pages instead, which the service worker answers from the device; a web worker reads them
// (src/islands/question-bank-worker.ts), so that code is loaded only when needed.
import type { RuntimeQuestion } from '../quiz/types.ts';

let bank: Promise<RuntimeQuestion[] | null> | undefined;

function bankFromQuizPages(questionsHref: string): Promise<RuntimeQuestion[] | null> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./question-bank-worker.ts', import.meta.url), { type: 'module' });
    // The worker posts the addresses it needs (fetched here, through this page's service worker), then the bank.
    worker.onmessage = async ({ data }: MessageEvent<string | RuntimeQuestion[] | null>) => {
      if (typeof data === 'string') worker.postMessage([data, await fetch(data).then((r) => r.text()).catch(() => '')]);
      else {
        resolve(data);
        worker.terminate();
      }
    };
    worker.onerror = () => resolve(null);
    // The page's language: a question shown in another is marked with it, as in questions.json.
    worker.postMessage({ list: questionsHref.replace(/[^/]*$/, 'quizzes/'), lang: document.documentElement.lang });
  });
}

/** The question bank, or null when it cannot be loaded (offline before the course was stored, say). */
export function loadQuestionBank(href = `${import.meta.env.BASE_URL}questions.json`): Promise<RuntimeQuestion[] | null> {
  // A host's 404 page is not JSON: it fails here too, and the quiz pages are read instead.
  bank ??= fetch(href)
    .then((r) => r.json() as Promise<RuntimeQuestion[]>)
    .catch(() => bankFromQuizPages(href));
  return bank;
}
