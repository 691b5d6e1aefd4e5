/// <reference lib="webworker" />
// Reads the question bank from the quiz pages (src/quiz/bank-from-pages.ts) for src/islands/question-bank.ts when
// questions.json cannot be fetched: a worker of its own, loaded only then, so the pages that use the bank (the
// assignment page has the quiz page's script budget) do not carry this code.
//
// The page fetches each page for it: the page's requests go through its language's service worker, which stores
// the quiz pages, while a worker's own requests would not (a worker's service worker is chosen by the worker's
// address, /_astro/…, outside /ru/ and /kk/).
// In: { list, lang } (the quiz list's address, the page's language), then [address, HTML or ''] for each address
// it posted. Out: an address to fetch, then the questions (or null when they cannot be read).
import { bankFromPages, quizPageHrefs } from '../quiz/bank-from-pages.ts';

const waiting = new Map<string, (html: string) => void>();
const text = (href: string) =>
  new Promise<string>((resolve) => {
    waiting.set(href, resolve);
    self.postMessage(href);
  });

async function bank(list: string, lang: string): Promise<unknown> {
  const pages = await Promise.all(quizPageHrefs(await text(list), list).map(async (href) => ({ href, html: await text(href) })));
  const questions = bankFromPages(pages, lang);
  return questions.length > 0 ? questions : null;
}

self.onmessage = ({ data }: MessageEvent<{ list: string; lang: string } | [string, string]>) => {
  if (Array.isArray(data)) waiting.get(data[0])?.(data[1]);
  else void bank(data.list, data.lang).then((questions) => self.postMessage(questions), () => self.postMessage(null));
};
