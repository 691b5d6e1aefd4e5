// Every question of every quiz as the quiz runner sees it, as one static file. The teacher page fetches it to
// re-mark pasted results, so the page itself stays small; the service worker precaches it for offline use.
import type { APIRoute } from 'astro';
import { allRuntimeQuestions, quizContext } from '../lib/quiz-pages';

export const GET: APIRoute = async () => {
  const { ctx, quizzes } = await quizContext();
  return new Response(JSON.stringify(allRuntimeQuestions(quizzes, ctx)), { headers: { 'content-type': 'application/json' } });
};
