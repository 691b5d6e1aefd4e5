// The question bank rebuilt from the quiz pages, for when questions.json cannot be fetched. Every quiz page already
// carries its questions as the runner sees them (`<script type="application/json" data-questions>`), so the service
// workers store the quiz pages and not questions.json as well (src/offline/precache.ts): offline, the review,
// assignment and teacher pages read the bank from the stored quiz pages instead (src/islands/question-bank.ts, in a
// web worker: src/islands/question-bank-worker.ts). Plain string work on the site's own markup, so that it runs in a
// worker and in the unit tests alike.
import type { RuntimeQuestion } from './types.ts';

/**
 * The quiz pages a quiz list (at `listPath`, e.g. '/ru/quizzes/') links to, in the list's order: every link to
 * `<listPath><id>/`, written from the site's root as the site writes its links (a worksheet or answer key, one level
 * deeper, is not a quiz page; nor is a link with a query or fragment).
 */
export function quizPageHrefs(listHtml: string, listPath: string): string[] {
  const hrefs = new Set<string>();
  for (const [, href] of listHtml.matchAll(/href="([^"]+)"/g)) {
    if (href!.startsWith(listPath) && /^[^/?#]+\/$/.test(href!.slice(listPath.length))) hrefs.add(href!);
  }
  return [...hrefs];
}

/**
 * Every question of the course once, quiz by quiz, as questions.json gives them on a page in `pageLang`: each quiz
 * page (`href` its address, ending in its quiz id) gives the questions it owns, not those it includes from other
 * quizzes; a quiz page shown in another language (its translation not current) marks its questions with that
 * language, as questions.json does. Throws on a page that carries no list of questions.
 */
export function bankFromPages(pages: readonly { href: string; html: string }[], pageLang: string): RuntimeQuestion[] {
  const bank = new Map<string, RuntimeQuestion>();
  for (const { href, html } of pages) {
    const quiz = href.split('/').at(-2);
    const questions: unknown = JSON.parse(/<script[^>]*\bdata-questions\b[^>]*>(.*?)<\/script>/s.exec(html)?.[1] ?? 'null');
    if (!Array.isArray(questions)) throw new Error(`${href} carries no list of questions.`);
    // A page in the reader's language marks its own untranslated questions already; one shown in English, none.
    const lang = /<html\b[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? pageLang;
    for (const q of questions as RuntimeQuestion[]) {
      if (q.quiz === quiz && !bank.has(q.id)) bank.set(q.id, lang === pageLang ? q : { ...q, lang });
    }
  }
  return [...bank.values()];
}
