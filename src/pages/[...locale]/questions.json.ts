// Every question of every quiz as the quiz runner sees it, as one static file per language. The teacher and
// assignment pages fetch it to run and re-mark questions, so the pages themselves stay small; each language's
// service worker precaches its own.
import type { APIRoute } from 'astro';
import { localeStaticPaths, type Locale } from '../../i18n/locales';
import { allQuestions, quizContextIn, runtimeQuestionsIn } from '../../lib/translated-content';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { locale } = props as { locale: Locale };
  const { ctx, quizzes } = await quizContextIn(locale);
  return new Response(JSON.stringify(runtimeQuestionsIn(locale, locale, allQuestions(quizzes), ctx)), { headers: { 'content-type': 'application/json' } });
};
