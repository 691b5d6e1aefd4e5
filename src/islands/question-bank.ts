// Every question of every quiz, from the one static file the build writes (src/pages/questions.json.ts) and the
// service worker precaches. Islands that need questions beyond their own page ask here, once per page.
import type { RuntimeQuestion } from '../quiz/types.ts';

let bank: Promise<RuntimeQuestion[] | null> | undefined;

/** The question bank, or null when it cannot be loaded (offline before the course was stored, say). */
export function loadQuestionBank(): Promise<RuntimeQuestion[] | null> {
  bank ??= fetch(`${import.meta.env.BASE_URL}questions.json`)
    .then((r) => (r.ok ? (r.json() as Promise<RuntimeQuestion[]>) : null))
    .catch(() => null);
  return bank;
}
