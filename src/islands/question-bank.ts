// Every question of every quiz, from the one static file the build writes per language
// (src/pages/[...locale]/questions.json.ts) and the service worker precaches. Islands that need questions beyond
// their own page ask here, once per page, with the address the page gives them (its language's file).
import type { RuntimeQuestion } from '../quiz/types.ts';

let bank: Promise<RuntimeQuestion[] | null> | undefined;

/** The question bank, or null when it cannot be loaded (offline before the course was stored, say). */
export function loadQuestionBank(href = `${import.meta.env.BASE_URL}questions.json`): Promise<RuntimeQuestion[] | null> {
  bank ??= fetch(href)
    .then((r) => (r.ok ? (r.json() as Promise<RuntimeQuestion[]>) : null))
    .catch(() => null);
  return bank;
}
