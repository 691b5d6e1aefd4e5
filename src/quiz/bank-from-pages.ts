// The question bank rebuilt from the quiz pages, for when questions.json cannot be fetched. Every quiz page already
// carries its questions as the runner sees them (`<script type="application/json" data-questions>`), so the service
// workers store the quiz pages and not questions.json as well (src/offline/precache.ts): offline, the review,
// assignment and teacher pages read the bank from the stored quiz pages instead (src/islands/question-bank.ts).
// Plain string work on the site's own markup, so that it runs in any browser and in the unit tests.
import type { RuntimeQuestion } from './types.ts';

/**
 * The quiz pages a quiz list links to, in the list's order: every link to `<list address><id>/` (a worksheet or
 * answer key, one level deeper, is not a quiz page).
 */
export function quizPageHrefs(listHtml: string, listHref: string): string[] {
  const list = new URL(listHref);
  const hrefs: string[] = [];
  for (const [, href] of listHtml.matchAll(/<a\b[^>]*\bhref="([^"]+)"/g)) {
    const url = new URL(href!.replace(/&amp;/g, '&'), list);
    url.search = '';
    url.hash = '';
    if (url.origin === list.origin && url.pathname.startsWith(list.pathname) && /^[^/]+\/$/.test(url.pathname.slice(list.pathname.length)) && !hrefs.includes(url.href)) hrefs.push(url.href);
  }
  return hrefs;
}

/**
 * The questions a quiz page owns (not those it includes from other quizzes, which their own pages carry), as
 * questions.json gives them to a reader of `readerLang`: a page shown in another language (a translation not yet
 * current) marks its questions with that language. Throws when the page carries no readable question data.
 */
export function quizPageQuestions(html: string, quizId: string, readerLang: string): RuntimeQuestion[] {
  const data = /<script\b[^>]*\bdata-questions\b[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (data === undefined) throw new Error(`The quiz page for "${quizId}" carries no questions.`);
  const questions = JSON.parse(data) as RuntimeQuestion[];
  if (!Array.isArray(questions)) throw new Error(`The quiz page for "${quizId}" carries no list of questions.`);
  const pageLang = /<html\b[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? readerLang;
  return questions.filter((q) => q.quiz === quizId).map((q) => (q.lang !== undefined || pageLang === readerLang ? q : { ...q, lang: pageLang }));
}

/** Every question of the course, quiz by quiz in the list's order, each once. */
export function bankFromPages(pages: readonly { href: string; html: string }[], readerLang: string): RuntimeQuestion[] {
  const seen = new Set<string>();
  const bank: RuntimeQuestion[] = [];
  for (const { href, html } of pages) {
    const quizId = decodeURIComponent(new URL(href).pathname.split('/').filter(Boolean).at(-1) ?? '');
    for (const q of quizPageQuestions(html, quizId, readerLang)) {
      if (seen.has(q.id)) continue;
      seen.add(q.id);
      bank.push(q);
    }
  }
  return bank;
}
